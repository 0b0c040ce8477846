package org.accredit;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.accredit.application.Application;

/**
 * The dependency rule of the code base (README, "Code layout"), checked on every build: features
 * ({@code org.accredit.<feature>}) depend on the shared kernel ({@code common}, {@code organization}
 * as reference data, {@code security}) and on the features the table below lists for them, never on
 * another feature's {@code rest} package, and no package depends on itself through others (no cycles).
 * In the style of ddd-by-examples/library's {@code ModularArchitectureTest}.
 */
@AnalyzeClasses(packages = "org.accredit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.accredit";

    /** The shared kernel: every feature may use it; it uses no feature. */
    static final Set<String> KERNEL = Set.of("common", "organization", "security");

    /**
     * What each top-level package may use besides itself and the JDK and libraries. A new package
     * needs a row here (the build fails otherwise); a new arrow between features is a change to this
     * table, made on purpose and reviewed.
     */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        // the kernel, bottom up
        MAY_USE.put("common", Set.of());
        MAY_USE.put("organization", Set.of("common"));
        MAY_USE.put("security", Set.of("common"));
        // services every feature may call on
        MAY_USE.put("ratelimit", kernel());
        MAY_USE.put("notification", kernel());
        MAY_USE.put("document", kernel());
        MAY_USE.put("idempotency", kernel());
        // features
        MAY_USE.put("call", kernel());
        MAY_USE.put("ecosoc", kernel());
        MAY_USE.put("memberstate", kernel());
        MAY_USE.put("application", kernel("call", "ecosoc", "notification", "ratelimit", "document", "idempotency"));
        MAY_USE.put("objection", kernel("application", "call", "memberstate", "notification"));
        MAY_USE.put("publiclist", kernel("application"));
        MAY_USE.put("session", kernel());
        MAY_USE.put("registration", kernel("application", "session", "document", "notification", "idempotency"));
        MAY_USE.put("participation", kernel("application", "session", "registration"));
        MAY_USE.put("statement", kernel("application", "session", "document", "notification", "idempotency"));
        MAY_USE.put("speaker", kernel("application", "session", "registration"));
        MAY_USE.put("frontdoor", kernel("application", "ecosoc", "ratelimit", "registration", "session", "statement",
                "publiclist", "idempotency", "document"));
        MAY_USE.put("console", kernel("application", "call", "ecosoc", "memberstate", "objection", "publiclist", "session",
                "registration", "participation", "statement", "speaker", "notification"));
        // the dev/test database launcher: stands alone
        MAY_USE.put("db", Set.of());
    }

    private static Set<String> kernel(String... more) {
        return Set.copyOf(Stream.concat(KERNEL.stream(), Stream.of(more)).toList());
    }

    private static String pkg(String feature) {
        return ROOT + "." + feature + "..";
    }

    /** No cycles between features ({@code org.accredit.(*)..}). */
    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices().matching(ROOT + ".(*)..")
            .as("features").should().beFreeOfCycles();

    /** Nor between any two packages, a feature and its own {@code rest} package included. */
    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices().matching(ROOT + ".(**)")
            .as("packages").should().beFreeOfCycles();

    /**
     * A feature's {@code rest} package (resources and API views) is its edge: nothing outside it
     * depends on it, neither the feature's own services (requests live in the feature package) nor
     * another feature.
     */
    @ArchTest
    static final ArchRule nothing_depends_on_a_rest_package = rest_packages_are_private();

    private static ArchRule rest_packages_are_private() {
        List<ArchRule> rules = new ArrayList<>();
        for (String feature : MAY_USE.keySet()) {
            String rest = ROOT + "." + feature + ".rest..";
            rules.add(noClasses().that().resideOutsideOfPackage(rest)
                    .should().dependOnClassesThat().resideInAPackage(rest)
                    .as("nothing outside " + rest + " depends on it"));
        }
        return CompositeArchRule.of(rules).as("nothing depends on a feature's rest package");
    }

    /** Each package uses only what its row of {@link #MAY_USE} lists. */
    @ArchTest
    static final ArchRule features_use_only_what_the_table_allows = allowed_dependencies();

    private static ArchRule allowed_dependencies() {
        List<ArchRule> rules = new ArrayList<>();
        MAY_USE.forEach((feature, allowed) -> {
            String[] packages = Stream.concat(Stream.of(feature), allowed.stream())
                    .map(ArchitectureTest::pkg).toArray(String[]::new);
            rules.add(classes().that().resideInAPackage(pkg(feature))
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(packages)))
                    .allowEmptyShould(true)
                    .as(feature + " may use only " + (allowed.isEmpty() ? "itself" : allowed.stream().sorted().toList())));
        });
        return CompositeArchRule.of(rules).as("features use only what ArchitectureTest.MAY_USE allows");
    }

    /** Every class lives in a package of the table: a new feature is added to it on purpose. */
    @ArchTest
    static final ArchRule every_package_is_in_the_table = classes()
            .should().resideInAnyPackage(MAY_USE.keySet().stream().map(ArchitectureTest::pkg).toArray(String[]::new))
            .as("every class lives in a package listed in ArchitectureTest.MAY_USE");

    /** Panache's static query methods, as called on an entity class. */
    private static final Set<String> PANACHE_QUERIES = Set.of("find", "findAll", "findById", "findByIdOptional", "list",
            "listAll", "stream", "streamAll", "count", "delete", "deleteAll", "deleteById", "update", "getEntityManager");

    /**
     * One door to applications: outside {@code application}, no class queries or locks Application
     * rows (no {@code Application.find/list/...}, no {@code Application.class} handed to an entity
     * manager, a query or the pager); they call {@code application.Applications}.
     */
    @ArchTest
    static final ArchRule only_application_queries_or_locks_applications = classes()
            .that().resideOutsideOfPackage(pkg("application"))
            .should(notQueryOrLockApplicationRows());

    private static ArchCondition<JavaClass> notQueryOrLockApplicationRows() {
        return new ArchCondition<>("not query or lock Application rows (use application.Applications)") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                    if (call.getTargetOwner().isEquivalentTo(Application.class) && PANACHE_QUERIES.contains(call.getName())) {
                        events.add(SimpleConditionEvent.violated(c, call.getDescription()));
                    }
                }
                for (ReferencedClassObject ref : c.getReferencedClassObjects()) {
                    if (ref.getRawType().isEquivalentTo(Application.class)) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + " uses Application.class "
                                + ref.getSourceCodeLocation()));
                    }
                }
            }
        };
    }
}
