package cn.rxzf.portal.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool, except that while the embedded server is known to be down a connection is refused at once (SQL state
 * 08001) instead of after the pool's 5 s timeout, so that pages answer 503 without keeping people waiting.
 */
final class DownFast implements DataSource {
    private final DataSource pool;
    private final BooleanSupplier up;

    DownFast(DataSource pool, BooleanSupplier up) {
        this.pool = pool;
        this.up = up;
    }

    private void check() throws SQLException {
        if (!up.getAsBoolean()) throw new SQLTransientConnectionException("the embedded database is restarting", "08001");
    }

    @Override
    public Connection getConnection() throws SQLException {
        check();
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        check();
        return pool.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return pool.isWrapperFor(iface);
    }
}
