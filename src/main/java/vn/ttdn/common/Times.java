package vn.ttdn.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The one way to show a moment: in the province's zone (env {@code TTDN_TIME_ZONE}, default Asia/Ho_Chi_Minh),
 * whatever the JVM's default zone and whatever offset the database handed back. Templates use it as
 * {@code ${@times.format(x)}}; services and exports call the static methods.
 */
@Component("times")
public class Times {

    public static final ZoneId ZONE = ZoneId.of(System.getenv().getOrDefault("TTDN_TIME_ZONE", "Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** dd/MM/yyyy HH:mm in the province's zone; "" for no value. */
    public String format(Object moment) {
        return dateTime(moment);
    }

    /** Now, dd/MM/yyyy HH:mm in the province's zone: when a page was printed. */
    public String now() {
        return dateTime(Instant.now());
    }

    /** The province's zone, for a script that shows the time a page is printed at. */
    public String zone() {
        return ZONE.getId();
    }

    /** dd/MM/yyyy of the moment in the province's zone. */
    public String date(Object moment) {
        ZonedDateTime local = local(moment);
        return local == null ? "" : DATE.format(local);
    }

    public static String dateTime(Object moment) {
        ZonedDateTime local = local(moment);
        return local == null ? "" : DATE_TIME.format(local);
    }

    /** HH:mm:ss in the province's zone, for "edited at …" in conflict messages. */
    public static String time(Object moment) {
        ZonedDateTime local = local(moment);
        return local == null ? "" : TIME.format(local);
    }

    /** A LocalDateTime is taken as UTC: the application stores moments as timestamptz, read back in UTC. */
    static ZonedDateTime local(Object moment) {
        if (moment == null) {
            return null;
        }
        Instant instant;
        if (moment instanceof Instant i) {
            instant = i;
        } else if (moment instanceof OffsetDateTime o) {
            instant = o.toInstant();
        } else if (moment instanceof ZonedDateTime z) {
            instant = z.toInstant();
        } else if (moment instanceof LocalDateTime l) {
            instant = l.toInstant(ZoneOffset.UTC);
        } else {
            throw new IllegalArgumentException("Not a moment: " + moment.getClass().getName());
        }
        return instant.atZone(ZONE);
    }
}
