package dev.seatline.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import dev.seatline.billing.invoice.UsageHistory;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.rating.SeatRating;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's public API names no Guava type: Guava is an implementation detail, read by the
 * module but not re-exported. Every public type of every exported package (nested ones included) is
 * checked by reflection: its supertypes and type parameters, and the public and protected fields,
 * constructors, methods and record components, down to the generic type arguments.
 */
class PublicApiTest {
  private static final String GUAVA = "com.google.common.";

  /** One place where an API signature names a Guava type. */
  record Leak(String type, String member, String signature) {
    @Override
    public String toString() {
      return type + " " + member + ": " + signature;
    }
  }

  @Test
  void noExportedSignatureMentionsGuava() throws IOException, URISyntaxException {
    List<Leak> leaks = new ArrayList<>();
    for (Class<?> type : exportedTypes()) {
      leaks.addAll(guavaIn(type));
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void theScanSeesEveryExportedPackageAndTheirNestedTypes() throws IOException, URISyntaxException {
    assertThat(descriptor().exports())
        .extracting(Exports::source)
        .containsExactlyInAnyOrder(
            "dev.seatline.billing",
            "dev.seatline.billing.model",
            "dev.seatline.billing.money",
            "dev.seatline.billing.rating",
            "dev.seatline.billing.invoice",
            "dev.seatline.billing.correction");
    assertThat(exportedTypes())
        .contains(
            BillingEngine.class,
            Organization.class,
            UserTimeline.class,
            UserTimeline.Builder.class,
            SeatRating.class,
            UsageHistory.TierUsage.class)
        .noneMatch(c -> c.getPackageName().endsWith(".internal"));
  }

  @Test
  void guavaIsRequiredButNotTransitively() throws IOException, URISyntaxException {
    Set<Requires.Modifier> modifiers =
        descriptor().requires().stream()
            .filter(r -> r.name().equals("com.google.common"))
            .map(Requires::modifiers)
            .findFirst()
            .orElseThrow();
    assertThat(modifiers).doesNotContain(Requires.Modifier.TRANSITIVE);
  }

  @Test
  void theCheckFindsGuavaWhereverASignatureHidesIt() {
    assertThat(guavaIn(Leaky.class))
        .extracting(Leak::member)
        .containsExactlyInAnyOrder(
            "type parameter T",
            "supertype",
            "field wildcard",
            "field array",
            "constructor",
            "method take",
            "method nested",
            "method bounded",
            "method parameter");
    assertThat(guavaIn(LeakyRecord.class))
        .extracting(Leak::member)
        .containsExactlyInAnyOrder("record component names", "method names");
    assertThat(guavaIn(Clean.class)).isEmpty();
  }

  /** Exposes Guava in every kind of signature; the package-private members do not. */
  abstract static class Leaky<T extends Comparable<ImmutableList<String>>>
      implements Supplier<ImmutableSet<String>> {
    public Map<String, ? extends ImmutableList<String>> wildcard = Map.of();
    public ImmutableList<?>[] array = new ImmutableList<?>[0];
    ImmutableList<String> packagePrivate;

    protected Leaky(ImmutableSortedMap<String, Long> counts) {
      this.packagePrivate = ImmutableList.copyOf(counts.keySet());
    }

    public abstract void take(T value);

    public abstract List<List<ImmutableList<String>>> nested();

    public abstract <U extends Set<ImmutableSet<String>>> void bounded(U sink);

    protected abstract void parameter(int n, Set<? super ImmutableSet<String>> sink);

    abstract ImmutableList<String> packagePrivateMethod();
  }

  record LeakyRecord(ImmutableList<String> names) {}

  /** Guava inside only. */
  static final class Clean {
    private final ImmutableList<String> names = ImmutableList.of("u1");

    public List<String> names() {
      return names;
    }
  }

  /** The module descriptor of billing-core's main classes. */
  private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
    try (InputStream in = Files.newInputStream(mainClasses().resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  private static Path mainClasses() throws URISyntaxException {
    return Path.of(BillingEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The public types (top-level or nested in public types) of the exported packages. */
  private static List<Class<?>> exportedTypes() throws IOException, URISyntaxException {
    Path root = mainClasses();
    List<Class<?>> types = new ArrayList<>();
    for (Exports export : descriptor().exports()) {
      String pkg = export.source();
      try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (name.endsWith(".class") && !name.equals("package-info.class")) {
            Class<?> type = load(pkg + "." + name.substring(0, name.length() - ".class".length()));
            if (isApi(type)) {
              types.add(type);
            }
          }
        }
      }
    }
    return types;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }

  private static boolean isApi(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    Class<?> outer = type.getEnclosingClass();
    return outer == null ? Modifier.isPublic(type.getModifiers()) : isVisible(type) && isApi(outer);
  }

  private static boolean isVisible(Member member) {
    return !member.isSynthetic() && isVisibleModifiers(member.getModifiers());
  }

  private static boolean isVisible(Class<?> type) {
    return isVisibleModifiers(type.getModifiers());
  }

  private static boolean isVisibleModifiers(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** Where the signatures of {@code type} name a Guava type (the type's own visibility aside). */
  static List<Leak> guavaIn(Class<?> type) {
    List<Leak> leaks = new ArrayList<>();
    String owner = type.getName();
    for (TypeVariable<?> v : type.getTypeParameters()) {
      report(leaks, owner, "type parameter " + v.getName(), v.getBounds());
    }
    List<Type> supertypes = new ArrayList<>(List.of(type.getGenericInterfaces()));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null) {
      supertypes.add(superclass);
    }
    report(leaks, owner, "supertype", supertypes.toArray(Type[]::new));
    Set<Field> fields = new LinkedHashSet<>(List.of(type.getFields()));
    fields.addAll(List.of(type.getDeclaredFields()));
    for (Field f : fields) {
      if (isVisible(f)) {
        report(leaks, owner, "field " + f.getName(), f.getGenericType());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (isVisible(c)) {
        report(leaks, owner, "constructor", signature(c));
      }
    }
    Set<Method> methods = new LinkedHashSet<>(List.of(type.getMethods()));
    methods.addAll(List.of(type.getDeclaredMethods()));
    for (Method m : methods) {
      if (isVisible(m) && !m.isBridge()) {
        List<Type> types = new ArrayList<>(List.of(signature(m)));
        types.add(m.getGenericReturnType());
        report(leaks, owner, "method " + m.getName(), types.toArray(Type[]::new));
      }
    }
    RecordComponent[] components = type.getRecordComponents();
    if (components != null) {
      for (RecordComponent c : components) {
        report(leaks, owner, "record component " + c.getName(), c.getGenericType());
      }
    }
    return leaks;
  }

  /** Parameter, exception and type-parameter bound types of a method or constructor. */
  private static Type[] signature(Executable e) {
    List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
    types.addAll(List.of(e.getGenericExceptionTypes()));
    for (TypeVariable<?> v : e.getTypeParameters()) {
      types.addAll(List.of(v.getBounds()));
    }
    return types.toArray(Type[]::new);
  }

  private static void report(List<Leak> leaks, String owner, String member, Type... types) {
    for (Type t : types) {
      if (mentionsGuava(t, new HashSet<>())) {
        leaks.add(new Leak(owner, member, t.getTypeName()));
        return;
      }
    }
  }

  private static boolean mentionsGuava(Type type, Set<TypeVariable<?>> seen) {
    if (type instanceof Class<?> c) {
      Class<?> element = c;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      return element.getName().startsWith(GUAVA);
    }
    if (type instanceof ParameterizedType p) {
      Type owner = p.getOwnerType();
      return mentionsGuava(p.getRawType(), seen)
          || (owner != null && mentionsGuava(owner, seen))
          || anyMentionsGuava(p.getActualTypeArguments(), seen);
    }
    if (type instanceof WildcardType w) {
      return anyMentionsGuava(w.getUpperBounds(), seen)
          || anyMentionsGuava(w.getLowerBounds(), seen);
    }
    if (type instanceof GenericArrayType a) {
      return mentionsGuava(a.getGenericComponentType(), seen);
    }
    if (type instanceof TypeVariable<?> v) {
      return seen.add(v) && anyMentionsGuava(v.getBounds(), seen);
    }
    throw new AssertionError("unexpected kind of type: " + type);
  }

  private static boolean anyMentionsGuava(Type[] types, Set<TypeVariable<?>> seen) {
    for (Type t : types) {
      if (mentionsGuava(t, seen)) {
        return true;
      }
    }
    return false;
  }
}
