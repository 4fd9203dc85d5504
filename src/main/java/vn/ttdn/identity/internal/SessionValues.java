package vn.ttdn.identity.internal;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Session values as Spring Session JDBC stores them (Java serialization), with the two that every request reads —
 * the security context and the CSRF token — deserialized once per node and stored form. The key is the stored bytes
 * themselves, so a value changed on any node is read anew; the context handed out is a fresh one around the kept
 * authentication, since signing out empties the context it is given.
 */
final class SessionValues {

    static final int KEPT = 4096;

    private SessionValues() {
    }

    static ConversionService conversionService(ClassLoader classLoader) {
        DeserializingConverter deserializer = new DeserializingConverter(classLoader);
        Map<ByteBuffer, Object> kept = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Object> eldest) {
                return size() > KEPT;
            }
        });
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            ByteBuffer key = ByteBuffer.wrap(bytes);
            Object value = kept.get(key);
            if (value == null) {
                value = deserializer.convert(bytes);
                if (value instanceof SecurityContext || value instanceof CsrfToken) {
                    kept.put(key, value);
                }
            }
            return value instanceof SecurityContext context ? new SecurityContextImpl(context.getAuthentication())
                    : value;
        });
        return conversions;
    }
}
