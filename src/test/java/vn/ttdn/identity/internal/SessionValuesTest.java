package vn.ttdn.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

class SessionValuesTest {

    private final ConversionService values = SessionValues.conversionService(getClass().getClassLoader());

    @Test
    void theSameStoredContextIsReadOnceButEveryReaderGetsItsOwnContext() {
        byte[] stored = bytes(contextOf("dieuphoi"));

        SecurityContext first = read(stored);
        first.setAuthentication(null); // as signing out does to the context it is given
        SecurityContext second = read(stored);

        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication().getName()).isEqualTo("dieuphoi");
        assertThat(read(stored).getAuthentication()).as("the authentication is read once")
                .isSameAs(second.getAuthentication());
    }

    @Test
    void aContextStoredAnewIsReadAnew() {
        SecurityContext before = read(bytes(contextOf("dieuphoi")));

        SecurityContext after = read(bytes(contextOf("quantri")));

        assertThat(after.getAuthentication().getName()).isEqualTo("quantri");
        assertThat(before.getAuthentication().getName()).isEqualTo("dieuphoi");
    }

    @Test
    void otherValuesAreReadEveryTimeSinceTheyMayBeChangedInPlace() {
        byte[] stored = bytes(new java.util.ArrayList<>(List.of("a")));

        Object first = values.convert(stored, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
        Object second = values.convert(stored, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));

        assertThat(second).isEqualTo(first).isNotSameAs(first);
    }

    private static SecurityContext contextOf(String username) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
    }

    private byte[] bytes(Object value) {
        return (byte[]) values.convert(value, TypeDescriptor.valueOf(Object.class), TypeDescriptor.valueOf(byte[].class));
    }

    private SecurityContext read(byte[] stored) {
        return (SecurityContext) values.convert(stored, TypeDescriptor.valueOf(byte[].class),
                TypeDescriptor.valueOf(Object.class));
    }
}
