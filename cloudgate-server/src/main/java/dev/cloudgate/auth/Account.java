package dev.cloudgate.auth;

/** A user who may log on; {@code name} is canonical, {@code DOMAIN\\user} (SPEC §2.1). */
public record Account(String name, String passwordHash, Role role) {

    /** The part after the domain prefix, for logons that leave the prefix out (SPEC §7 A51). */
    public String userPart() {
        int slash = name.indexOf('\\');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
