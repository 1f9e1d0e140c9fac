/**
 * The HTTP foundation every feature builds on: the services handed to handlers, error pages and problem documents,
 * form tokens, input checks, rate limits, client addresses, keys, the live site's templates and the static files of
 * the built site. It knows no feature; the route table that wires features to URLs is in {@code app}.
 */
package cn.rxzf.portal.web;
