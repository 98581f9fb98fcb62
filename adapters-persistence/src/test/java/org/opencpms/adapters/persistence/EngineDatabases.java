package org.opencpms.adapters.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** The runs of an {@link OnEveryEngine} class: one per {@link JpaTestDatabase.Engine}, each with its own database. */
final class EngineDatabases implements ClassTemplateInvocationContextProvider {

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        return Arrays.stream(JpaTestDatabase.Engine.values()).map(Run::new);
    }

    /** One run of the class on one engine: its database, opened when first asked for and closed after the run. */
    private static final class Run implements ClassTemplateInvocationContext, ParameterResolver,
            AfterClassTemplateInvocationCallback {

        private final JpaTestDatabase.Engine engine;
        private JpaTestDatabase database;

        Run(JpaTestDatabase.Engine engine) {
            this.engine = engine;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "on " + engine;
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(this);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == JpaTestDatabase.class;
        }

        @Override
        public JpaTestDatabase resolveParameter(ParameterContext parameter, ExtensionContext context) {
            if (database == null) {
                database = JpaTestDatabase.create(engine);
            }
            return database;
        }

        @Override
        public void afterClassTemplateInvocation(ExtensionContext context) {
            if (database != null) {
                database.close();
                database = null;
            }
        }
    }
}
