package id.perpustakaan.jembatan.routes.source;

import id.perpustakaan.jembatan.model.Roles;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Beans only an instance with the harvest role has ({@code jembatan.roles}). */
public final class HarvestRole implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Roles.parse(context.getEnvironment().getProperty(Roles.PROPERTY)).has(Roles.Role.HARVEST);
    }
}
