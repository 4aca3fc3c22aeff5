package org.newsatlas.base.jdbc;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;

/**
 * Rows as records: each record component takes the column of the same name, compared without
 * case and underscores ({@code article_id} is {@code articleId}), looked up once per query in the
 * result's metadata. Spring's own record mappers ask the driver for the camel-case column first
 * and catch its "column not found"; H2 builds that exception with its stack trace and writes it
 * to its trace file, for every such column of every row, which made bulk reads (indexing, exports)
 * a hundred times slower.
 *
 * <p>One instance per query: it remembers the columns of the result it maps.
 */
public final class RecordRows<R extends Record> implements RowMapper<R> {

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final Class<R> type;
    private final Shape shape;
    private int[] columns;

    private RecordRows(Class<R> type) {
        this.type = type;
        this.shape = SHAPES.get(type);
    }

    public static <R extends Record> RecordRows<R> of(Class<R> type) {
        return new RecordRows<>(type);
    }

    @Override
    public R mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (columns == null) {
            columns = columns(rs.getMetaData());
        }
        Object[] values = new Object[shape.types.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(rs, columns[i], shape.types[i]);
        }
        try {
            return type.cast(shape.constructor.newInstance(values));
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + " of a row", e);
        }
    }

    private int[] columns(ResultSetMetaData metadata) throws SQLException {
        Map<String, Integer> byName = new HashMap<>();
        for (int column = 1; column <= metadata.getColumnCount(); column++) {
            byName.putIfAbsent(key(metadata.getColumnLabel(column)), column);
        }
        int[] found = new int[shape.names.length];
        for (int i = 0; i < found.length; i++) {
            Integer column = byName.get(key(shape.names[i]));
            if (column == null) {
                throw new IllegalStateException("no column for " + type.getSimpleName() + "." + shape.names[i]
                        + " among " + byName.keySet());
            }
            found[i] = column;
        }
        return found;
    }

    private static Object value(ResultSet rs, int column, Class<?> type) throws SQLException {
        if (type == long.class) {
            return rs.getLong(column);
        } else if (type == int.class) {
            return rs.getInt(column);
        } else if (type == double.class) {
            return rs.getDouble(column);
        } else if (type == boolean.class) {
            return rs.getBoolean(column);
        } else if (type == String.class) {
            return rs.getString(column);
        }
        return rs.getObject(column, type);
    }

    private static String key(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** A record's canonical constructor and its components' names and types. */
    private record Shape(Constructor<?> constructor, String[] names, Class<?>[] types) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new Shape(constructor, names, types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
    }
}
