package id.go.bekasikota.koperasi.platform.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The query parameters a resource method declares: its own {@code @QueryParam}/{@code @RestQuery}
 * parameters, those of its {@code @BeanParam} classes (fields and setters, their superclasses and
 * nested bean parameters: the paging {@code page} and {@code size}), those of the method it
 * overrides or implements (JAX-RS annotations are inherited), and those injected into the resource
 * class itself. The OpenAPI documents list exactly these.
 */
public final class DeclaredQueryParameters {

    private DeclaredQueryParameters() {
    }

    /** The names, sorted. */
    public static Set<String> of(Class<?> resource, Method method) {
        return declared(resource, method).keySet();
    }

    /** The names of those that take several values (a {@code List}, {@code Set} or array: {@code ?a=1&a=2}), sorted. */
    public static Set<String> takingSeveralValues(Class<?> resource, Method method) {
        Set<String> several = new TreeSet<>();
        declared(resource, method).forEach((name, many) -> {
            if (many) {
                several.add(name);
            }
        });
        return several;
    }

    /** Each name, with whether it takes several values. */
    private static SortedMap<String, Boolean> declared(Class<?> resource, Method method) {
        SortedMap<String, Boolean> names = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Method declaration : declarations(resource, method)) {
            for (Parameter parameter : declaration.getParameters()) {
                add(names, parameter, parameter.getName(), parameter.getType());
                if (parameter.isAnnotationPresent(BeanParam.class)) {
                    fromBean(parameter.getType(), names, seen);
                }
            }
        }
        fromBean(resource, names, seen);
        return names;
    }

    /**
     * The method and every method it overrides or implements, from the resource class up: where its parameters'
     * JAX-RS annotations may stand (they are inherited; a container's interceptor subclass repeats the method
     * without them).
     */
    public static List<Method> declarations(Class<?> resource, Method method) {
        List<Method> found = new ArrayList<>(List.of(method));
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            types.add(type);
        }
        for (int i = 0; i < types.size(); i++) {
            Class<?> type = types.get(i);
            for (Class<?> implemented : type.getInterfaces()) {
                if (!types.contains(implemented)) {
                    types.add(implemented);
                }
            }
            try {
                Method declared = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (!found.contains(declared)) {
                    found.add(declared);
                }
            } catch (NoSuchMethodException e) {
                // not declared at this level
            }
        }
        return found;
    }

    /** Fields and setters carrying query parameters, in the class and its superclasses, nested bean parameters too. */
    private static void fromBean(Class<?> type, Map<String, Boolean> names, Set<Class<?>> seen) {
        for (Class<?> c = type; c != null && c != Object.class && !c.isPrimitive() && !c.isArray()
                && !c.getName().startsWith("java."); c = c.getSuperclass()) {
            if (!seen.add(c)) {
                return;
            }
            for (Field field : c.getDeclaredFields()) {
                add(names, field, field.getName(), field.getType());
                if (field.isAnnotationPresent(BeanParam.class)) {
                    fromBean(field.getType(), names, seen);
                }
            }
            for (Method setter : c.getDeclaredMethods()) {
                if (setter.getParameterCount() != 1) {
                    continue;
                }
                add(names, setter, property(setter.getName()), setter.getParameterTypes()[0]);
                if (setter.isAnnotationPresent(BeanParam.class)) {
                    fromBean(setter.getParameterTypes()[0], names, seen);
                }
            }
        }
    }

    private static void add(Map<String, Boolean> names, AnnotatedElement element, String implicitName, Class<?> type) {
        boolean several = type.isArray() || Collection.class.isAssignableFrom(type);
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.merge(query.value(), several, Boolean::logicalOr);
        }
        RestQuery rest = element.getAnnotation(RestQuery.class);
        if (rest != null) {
            names.merge(rest.value().isEmpty() ? implicitName : rest.value(), several, Boolean::logicalOr);
        }
    }

    private static String property(String setter) {
        if (setter.startsWith("set") && setter.length() > 3) {
            return setter.substring(3, 4).toLowerCase(Locale.ROOT) + setter.substring(4);
        }
        return setter;
    }
}
