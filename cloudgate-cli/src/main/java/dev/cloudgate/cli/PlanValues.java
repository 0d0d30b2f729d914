package dev.cloudgate.cli;

import dev.cloudgate.client.PlanStorage;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Storage items of a hardware plan as typed on the command line: {@code NAME=LOCATION:GB}. The location
 * (a datastore reference, a volume path) may itself hold colons ({@code urn:VMware:Datastore:…},
 * {@code D:\Replicas}), so the size is what follows the last colon and the name what precedes the first
 * {@code =}.
 */
final class PlanValues {
    private PlanValues() {
    }

    /** {@code --datastore NAME=REFERENCE:GB}. */
    static final class Datastores implements ITypeConverter<PlanStorage> {
        @Override
        public PlanStorage convert(String value) {
            Parts p = split(value, "REFERENCE");
            return PlanStorage.datastore(p.name, p.location, p.gb);
        }
    }

    /** {@code --volume NAME=PATH:GB}. */
    static final class Volumes implements ITypeConverter<PlanStorage> {
        @Override
        public PlanStorage convert(String value) {
            Parts p = split(value, "PATH");
            return PlanStorage.volume(p.name, p.location, p.gb);
        }
    }

    private record Parts(String name, String location, int gb) {
    }

    private static Parts split(String value, String location) {
        int equals = value.indexOf('=');
        int colon = value.lastIndexOf(':');
        if (equals < 1 || colon <= equals + 1) {
            throw new TypeConversionException("'" + value + "' is not NAME=" + location + ":GB");
        }
        try {
            return new Parts(value.substring(0, equals).trim(), value.substring(equals + 1, colon).trim(),
                    Integer.parseInt(value.substring(colon + 1).trim()));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' does not end with a size in GB (NAME=" + location + ":GB)");
        }
    }
}
