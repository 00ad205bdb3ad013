package cn.gongkai.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * The object wrapper of the templates: FreeMarker's default, except that a view record's properties
 * are read through a table made once per record type. FreeMarker's own bean model goes through its
 * class introspection data and general method invocation for every read, and a disclosure's page reads
 * some 10,000 properties of table cells ({@code c.text}, {@code c.amount} …): reading them was a third
 * of the templates' own time (charts aside). Anything else a template asks of a record (a method with
 * arguments, {@code ?keys}, a component called as a method) is answered by the bean model FreeMarker
 * would have made, so templates see no difference.
 */
final class RecordModels extends DefaultObjectWrapper {

    /**
     * Each record type's components and other public methods without parameters, by name: what
     * FreeMarker reads as a record's properties. A JavaBeans getter ({@code getX()}, {@code isX()}),
     * and a name such a getter also answers, are left to the bean model, which treats them its own way.
     */
    private static final ClassValue<Map<String, Method>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> out = new HashMap<>();
            if (!Modifier.isPublic(type.getModifiers())) return out;
            for (Method m : type.getDeclaredMethods()) {
                if (isProperty(m) && !isGetter(m.getName()) && !hasGetter(type, m.getName())) out.put(m.getName(), m);
            }
            return out;
        }
    };

    private static boolean isProperty(Method m) {
        int modifiers = m.getModifiers();
        return Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !m.isSynthetic() && !m.isBridge()
                && m.getParameterCount() == 0 && m.getReturnType() != void.class
                && !m.getName().equals("hashCode") && !m.getName().equals("toString");
    }

    private static boolean isGetter(String name) {
        return name.matches("(get|is)[A-Z].*");
    }

    private static boolean hasGetter(Class<?> type, String name) {
        String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && (m.getName().equals("get" + suffix) || m.getName().equals("is" + suffix))) return true;
        }
        return false;
    }

    RecordModels() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record r && obj.getClass().isRecord()) return new RecordModel(r, this);
        return super.handleUnknownType(obj);
    }

    /** The bean model FreeMarker makes for {@code obj}, for what a record's components do not answer. */
    private TemplateModel beanModel(Object obj) throws TemplateModelException {
        return super.handleUnknownType(obj);
    }

    /** A record seen from a template: its components by name, everything else as a bean. */
    private static final class RecordModel implements MethodCallAwareTemplateHashModel, TemplateHashModelEx,
            TemplateScalarModel, WrapperTemplateModel, AdapterTemplateModel {

        private final Record record;
        private final RecordModels wrapper;
        private final Map<String, Method> properties;
        private TemplateModel bean;

        RecordModel(Record record, RecordModels wrapper) {
            this.record = record;
            this.wrapper = wrapper;
            this.properties = PROPERTIES.get(record.getClass());
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = properties.get(key);
            if (accessor == null) return bean().get(key);
            try {
                Object value = accessor.invoke(record);
                // what the wrapper makes of the values templates read most, without its dozen type tests
                if (value instanceof String text) return new SimpleScalar(text);
                if (value instanceof Boolean b) return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
                return wrapper.wrap(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return ((MethodCallAwareTemplateHashModel) bean()).getBeforeMethodCall(key);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public int size() throws TemplateModelException {
            return bean().size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return bean().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return bean().values();
        }

        @Override
        public String getAsString() {
            return record.toString();
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        private TemplateHashModelEx bean() throws TemplateModelException {
            if (bean == null) bean = wrapper.beanModel(record);
            return (TemplateHashModelEx) bean;
        }
    }
}
