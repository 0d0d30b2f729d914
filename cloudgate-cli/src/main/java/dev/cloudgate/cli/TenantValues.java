package dev.cloudgate.cli;

import dev.cloudgate.wire.tenants.TenantType;
import dev.cloudgate.wire.tenants.ThrottlingUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values of the tenant commands, judged before anything is sent. */
final class TenantValues {
    private TenantValues() {
    }

    /** {@code --type} values, in any case as on the wire (vcd, VCD, activedirectory…). */
    static final class Types implements ITypeConverter<TenantType> {
        @Override
        public TenantType convert(String value) {
            return TenantType.parse(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a tenant type; use Standalone, vCD or ActiveDirectory"));
        }
    }

    /** {@code --throttling-unit}: exact case, because Mbps (megabits) and MBps (megabytes) differ only by it. */
    static final class ThrottlingUnits implements ITypeConverter<ThrottlingUnit> {
        @Override
        public ThrottlingUnit convert(String value) {
            return ThrottlingUnit.parse(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a throttling unit; use Mbps, KBps or MBps (the case matters)"));
        }
    }

    /** A date (midnight UTC) or an instant with its offset. */
    static final class Dates implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            String t = value.trim();
            try {
                return t.contains("T") ? OffsetDateTime.parse(t).toInstant() : LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; use e.g. 2027-12-31 or 2027-12-31T18:00:00Z");
            }
        }
    }
}
