package id.perpustakaan.jembatan.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one instance does ({@code jembatan.roles}): harvest sources, index the topics into Elasticsearch, answer
 * the web (portal, API, review desk) — any combination, all three by default, so one image runs as separately
 * scaled deployments.
 */
public record Roles(Set<Role> roles) {

    public enum Role { HARVEST, INDEX, WEB }

    public static final String PROPERTY = "jembatan.roles";
    public static final Roles ALL = new Roles(EnumSet.allOf(Role.class));

    public Roles {
        roles = Set.copyOf(roles);
    }

    /** @param value comma-separated role names, as in the property; empty or missing: all three */
    public static Roles parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : value.split(",")) {
            String role = name.trim().toUpperCase(Locale.ROOT);
            if (role.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PROPERTY + " names '" + name.trim() + "', which is no role: use "
                        + Arrays.stream(Role.values()).map(r -> r.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ", or several of them comma-separated");
            }
        }
        return roles.isEmpty() ? ALL : new Roles(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return Arrays.stream(Role.values()).filter(roles::contains).map(r -> r.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }
}
