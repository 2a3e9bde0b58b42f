package app.tandem.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * Finds every {@link PrivateText} in a document (records, lists, sets, maps of them) with its {@link Place}, and
 * returns the document with each one replaced: placed before a write, opened after a read. Documents are records, so
 * a changed one is a new instance; one without private text is returned as it is.
 */
final class PrivatePlaces {

	private static final Map<Class<?>, Boolean> MAY_HOLD = new ConcurrentHashMap<>();

	private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

	private PrivatePlaces() {
	}

	/** The whole document, its id read from its {@code @Id} component. */
	static <T> T document(T document, String collection, BiFunction<PrivateText, Place, PrivateText> change) {
		if (document == null || !mayHold(document.getClass())) {
			return document;
		}
		Object id = idOf(document);
		return walk(document, "", new Visit(collection, id, change));
	}

	/** One field's value of a document (written with an {@code Update}): each private text in it is placed. */
	static <T> T place(String collection, Object id, String field, T value) {
		return walk(value, field, new Visit(collection, id, (text, place) -> text.placed(place)));
	}

	private record Visit(String collection, Object id, BiFunction<PrivateText, Place, PrivateText> change) {

		PrivateText apply(PrivateText text, String path) {
			if (id == null) {
				throw new IllegalStateException("A document in " + collection + " holds private text but has no id yet: "
						+ "give it one before saving, the encryption is bound to it");
			}
			return change.apply(text, new Place(collection, String.valueOf(id), path));
		}

	}

	@SuppressWarnings("unchecked")
	private static <T> T walk(T value, String path, Visit visit) {
		if (value == null) {
			return null;
		}
		if (value instanceof PrivateText text) {
			return (T) visit.apply(text, path);
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> changed = new LinkedHashMap<>();
			boolean any = false;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				Object next = walk(entry.getValue(), join(path, String.valueOf(entry.getKey())), visit);
				any |= next != entry.getValue();
				changed.put(entry.getKey(), next);
			}
			return any ? (T) changed : value;
		}
		if (value instanceof Collection<?> items) {
			Collection<Object> changed = (value instanceof Set) ? new LinkedHashSet<>() : new ArrayList<>();
			boolean any = false;
			for (Object item : items) {
				Object next = walk(item, path, visit);
				any |= next != item;
				changed.add(next);
			}
			return any ? (T) changed : value;
		}
		if (value instanceof Record record && mayHold(record.getClass())) {
			return (T) walkRecord(record, path, visit);
		}
		return value;
	}

	private static Record walkRecord(Record record, String path, Visit visit) {
		Shape shape = shape(record.getClass());
		Object[] values = new Object[shape.accessors().length];
		boolean any = false;
		try {
			for (int i = 0; i < values.length; i++) {
				Object current = shape.accessors()[i].invoke(record);
				values[i] = walk(current, join(path, shape.fieldNames()[i]), visit);
				any |= values[i] != current;
			}
			return any ? (Record) shape.canonical().newInstance(values) : record;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot rebuild " + record.getClass().getSimpleName(), ex);
		}
	}

	private static Object idOf(Object document) {
		if (!(document instanceof Record)) {
			return null;
		}
		Shape shape = shape(document.getClass());
		if (shape.id() < 0) {
			return null;
		}
		try {
			return shape.accessors()[shape.id()].invoke(document);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What walking a record type needs, worked out once per type (documents are read and written on every update):
	 * its accessors, the names its components are stored under ({@code @Field} names), its canonical constructor and
	 * which component is the {@code @Id} ({@code -1} if none).
	 */
	private record Shape(Method[] accessors, String[] fieldNames, Constructor<?> canonical, int id) {
	}

	private static Shape shape(Class<?> type) {
		return SHAPES.computeIfAbsent(type, PrivatePlaces::shapeOf);
	}

	private static Shape shapeOf(Class<?> type) {
		RecordComponent[] components = type.getRecordComponents();
		Method[] accessors = new Method[components.length];
		String[] fieldNames = new String[components.length];
		Class<?>[] types = new Class<?>[components.length];
		int id = -1;
		for (int i = 0; i < components.length; i++) {
			accessors[i] = components[i].getAccessor();
			accessors[i].setAccessible(true);
			java.lang.reflect.Field field = declaredField(type, components[i].getName());
			Field mapped = (field != null) ? AnnotatedElementUtils.findMergedAnnotation(field, Field.class) : null;
			fieldNames[i] = (mapped != null && !mapped.name().isEmpty()) ? mapped.name() : components[i].getName();
			types[i] = components[i].getType();
			boolean isId = components[i].isAnnotationPresent(Id.class) || accessors[i].isAnnotationPresent(Id.class)
					|| (field != null && field.isAnnotationPresent(Id.class));
			if (isId && id < 0) {
				id = i;
			}
		}
		try {
			Constructor<?> canonical = type.getDeclaredConstructor(types);
			canonical.setAccessible(true);
			return new Shape(accessors, fieldNames, canonical, id);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(type.getSimpleName() + " has no canonical constructor", ex);
		}
	}

	private static java.lang.reflect.Field declaredField(Class<?> type, String name) {
		try {
			return type.getDeclaredField(name);
		}
		catch (NoSuchFieldException ex) {
			return null;
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	/**
	 * The paths of the private text a document class holds (list positions left out, {@code *} for a map key), as
	 * they are stored: what {@link ReEncryption} may seal when an earlier version left it plain.
	 */
	static Set<String> paths(Class<?> document) {
		Set<String> paths = new TreeSet<>();
		paths(document, "", paths, new HashSet<>());
		return paths;
	}

	private static void paths(Type type, String path, Set<String> paths, Set<Class<?>> visiting) {
		Class<?> raw = (type instanceof ParameterizedType parameterized) ? (Class<?>) parameterized.getRawType()
				: (type instanceof Class<?> plain) ? plain : null;
		if (raw == null) {
			return;
		}
		if (raw == PrivateText.class) {
			paths.add(path);
		}
		else if (raw.isRecord() && visiting.add(raw)) {
			RecordComponent[] components = raw.getRecordComponents();
			String[] fieldNames = shape(raw).fieldNames();
			for (int i = 0; i < components.length; i++) {
				paths(components[i].getGenericType(), join(path, fieldNames[i]), paths, visiting);
			}
			visiting.remove(raw);
		}
		else if (type instanceof ParameterizedType parameterized && Collection.class.isAssignableFrom(raw)) {
			paths(parameterized.getActualTypeArguments()[0], path, paths, visiting);
		}
		else if (type instanceof ParameterizedType parameterized && Map.class.isAssignableFrom(raw)) {
			paths(parameterized.getActualTypeArguments()[1], join(path, "*"), paths, visiting);
		}
	}

	/** Whether values of this type can contain private text (worked out once per type). */
	static boolean mayHold(Class<?> type) {
		return MAY_HOLD.computeIfAbsent(type, plain -> holds(plain, new HashSet<>()));
	}

	private static boolean holds(Type type, Set<Class<?>> visiting) {
		if (type instanceof Class<?> plain) {
			if (plain == PrivateText.class || plain == Object.class) {
				return true;
			}
			if (plain.isRecord()) {
				if (!visiting.add(plain)) {
					return false; // a record that contains itself is decided by its other components
				}
				for (RecordComponent component : plain.getRecordComponents()) {
					if (holds(component.getGenericType(), visiting)) {
						return true;
					}
				}
				return false;
			}
			return Collection.class.isAssignableFrom(plain) || Map.class.isAssignableFrom(plain);
		}
		if (type instanceof ParameterizedType parameterized) {
			Class<?> raw = (Class<?>) parameterized.getRawType();
			if (raw.isRecord()) {
				return holds(raw, visiting);
			}
			for (Type argument : parameterized.getActualTypeArguments()) {
				if (holds(argument, visiting)) {
					return true;
				}
			}
			return false;
		}
		return true; // a type variable or wildcard: could be anything
	}

}
