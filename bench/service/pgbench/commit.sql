-- An empty durable transaction: what one round trip and one commit cost.
SELECT 1;
