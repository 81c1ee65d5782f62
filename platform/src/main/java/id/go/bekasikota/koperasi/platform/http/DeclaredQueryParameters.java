package id.go.bekasikota.koperasi.platform.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        Set<String> names = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Method declaration : declarations(resource, method)) {
            for (Parameter parameter : declaration.getParameters()) {
                add(names, parameter, parameter.getName());
                if (parameter.isAnnotationPresent(BeanParam.class)) {
                    fromBean(parameter.getType(), names, seen);
                }
            }
        }
        fromBean(resource, names, seen);
        return names;
    }

    /** The method and every method it overrides or implements, from the resource class up. */
    private static List<Method> declarations(Class<?> resource, Method method) {
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
    private static void fromBean(Class<?> type, Set<String> names, Set<Class<?>> seen) {
        for (Class<?> c = type; c != null && c != Object.class && !c.isPrimitive() && !c.isArray()
                && !c.getName().startsWith("java."); c = c.getSuperclass()) {
            if (!seen.add(c)) {
                return;
            }
            for (Field field : c.getDeclaredFields()) {
                add(names, field, field.getName());
                if (field.isAnnotationPresent(BeanParam.class)) {
                    fromBean(field.getType(), names, seen);
                }
            }
            for (Method setter : c.getDeclaredMethods()) {
                if (setter.getParameterCount() != 1) {
                    continue;
                }
                add(names, setter, property(setter.getName()));
                if (setter.isAnnotationPresent(BeanParam.class)) {
                    fromBean(setter.getParameterTypes()[0], names, seen);
                }
            }
        }
    }

    private static void add(Set<String> names, AnnotatedElement element, String implicitName) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.add(query.value());
        }
        RestQuery rest = element.getAnnotation(RestQuery.class);
        if (rest != null) {
            names.add(rest.value().isEmpty() ? implicitName : rest.value());
        }
    }

    private static String property(String setter) {
        if (setter.startsWith("set") && setter.length() > 3) {
            return setter.substring(3, 4).toLowerCase(Locale.ROOT) + setter.substring(4);
        }
        return setter;
    }
}
