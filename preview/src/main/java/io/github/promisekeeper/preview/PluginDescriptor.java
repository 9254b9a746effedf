package io.github.promisekeeper.preview;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * What the preview reads from the plugin's own {@code atlassian-plugin.xml} (the packaged, filtered one),
 * so that it serves what Jira would: the plugin key, the i18n resource, the web resources, the REST
 * path and package, the AO namespace and the dashboard items.
 */
public record PluginDescriptor(
        String pluginKey,
        String i18nResource,
        String aoNamespace,
        List<String> aoEntities,
        String restPath,
        String restVersion,
        List<String> restPackages,
        List<WebResource> webResources,
        List<DashboardItem> dashboardItems,
        Set<String> velocityAllowlist,
        List<WebPanel> webPanels,
        List<Servlet> servlets) {

    /**
     * A {@code <web-resource>}: its downloadable resources in order, the contexts that load it, and the web
     * resources it depends on, as the descriptor names them ({@code <plugin key>:<web-resource key>}).
     */
    public record WebResource(String key, List<Download> downloads, List<String> contexts, List<String> dependencies) {

        /** The location of a resource served under {@code name}, a file or a folder ending in "/". */
        public Optional<String> locationOf(String name) {
            for (Download download : downloads) {
                if (download.name().equals(name)) {
                    return Optional.of(download.location());
                }
                if (download.name().endsWith("/")
                        && name.startsWith(download.name())
                        && !name.substring(download.name().length()).contains("..")) {
                    return Optional.of(
                            download.location() + name.substring(download.name().length()));
                }
            }
            return Optional.empty();
        }
    }

    /** One {@code <resource type="download">}. */
    public record Download(String name, String location) {
        public boolean isScript() {
            return name.endsWith(".js");
        }

        public boolean isStyle() {
            return name.endsWith(".css");
        }
    }

    /** A {@code <dashboard-item>}. */
    public record DashboardItem(
            String key,
            String titleKey,
            boolean configurable,
            String viewLocation,
            String contextProviderClass,
            String amdModule) {}

    /** A {@code <web-panel>}: its context provider (also its condition, when it names the same class) and view. */
    public record WebPanel(
            String key,
            String location,
            String labelKey,
            String contextProviderClass,
            Optional<String> conditionClass,
            String viewLocation) {}

    /** A {@code <servlet>} module: Jira serves its class under {@code /plugins/servlet} + its URL pattern. */
    public record Servlet(String key, String className, String urlPattern) {}

    public static PluginDescriptor fromClassPath() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path: is the plugin jar?");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return read(factory.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the plugin descriptor", e);
        }
    }

    private static PluginDescriptor read(Document document) {
        Element root = document.getDocumentElement();
        String pluginKey = root.getAttribute("key");
        String i18n = children(root, "resource").stream()
                .filter(resource -> "i18n".equals(resource.getAttribute("type")))
                .map(resource -> resource.getAttribute("location").replace('.', '/') + ".properties")
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No i18n resource in the descriptor"));
        Element ao = only(root, "ao");
        Element rest = only(root, "rest");
        List<WebResource> webResources = new ArrayList<>();
        for (Element webResource : children(root, "web-resource")) {
            List<Download> downloads = children(webResource, "resource").stream()
                    .filter(resource -> "download".equals(resource.getAttribute("type")))
                    .map(resource -> new Download(resource.getAttribute("name"), resource.getAttribute("location")))
                    .toList();
            webResources.add(new WebResource(
                    webResource.getAttribute("key"),
                    downloads,
                    texts(webResource, "context"),
                    texts(webResource, "dependency")));
        }
        List<DashboardItem> items = new ArrayList<>();
        for (Element item : children(root, "dashboard-item")) {
            Element view = children(item, "resource").stream()
                    .filter(resource -> "view".equals(resource.getAttribute("name")))
                    .findFirst()
                    .orElseThrow();
            items.add(new DashboardItem(
                    item.getAttribute("key"),
                    only(only(item, "definition"), "title").getAttribute("key"),
                    Boolean.parseBoolean(item.getAttribute("configurable")),
                    view.getAttribute("location"),
                    only(item, "context-provider").getAttribute("class"),
                    only(item, "amd-module").getTextContent().strip()));
        }
        List<WebPanel> panels = new ArrayList<>();
        for (Element panel : children(root, "web-panel")) {
            Element view = children(panel, "resource").stream()
                    .filter(resource -> "view".equals(resource.getAttribute("name")))
                    .findFirst()
                    .orElseThrow();
            panels.add(new WebPanel(
                    panel.getAttribute("key"),
                    panel.getAttribute("location"),
                    only(panel, "label").getAttribute("key"),
                    only(panel, "context-provider").getAttribute("class"),
                    children(panel, "condition").stream()
                            .map(condition -> condition.getAttribute("class"))
                            .findFirst(),
                    view.getAttribute("location")));
        }
        List<Servlet> servlets = children(root, "servlet").stream()
                .map(servlet -> new Servlet(
                        servlet.getAttribute("key"),
                        servlet.getAttribute("class"),
                        only(servlet, "url-pattern").getTextContent().strip()))
                .toList();
        return new PluginDescriptor(
                pluginKey,
                i18n,
                ao.getAttribute("namespace"),
                texts(ao, "entity"),
                rest.getAttribute("path"),
                rest.getAttribute("version"),
                texts(rest, "package"),
                List.copyOf(webResources),
                List.copyOf(items),
                children(root, "velocity-allowlist").stream()
                        .flatMap(allowlist -> texts(allowlist, "method").stream())
                        .collect(Collectors.toUnmodifiableSet()),
                List.copyOf(panels),
                servlets);
    }

    public Optional<WebResource> webResource(String key) {
        return webResources.stream()
                .filter(resource -> resource.key().equals(key))
                .findFirst();
    }

    /**
     * The plugin's web resources Jira loads on a page of the given context, in descriptor order, each after the
     * plugin's own web resources it depends on, every one once. Dependencies on other plugins' resources (AUI,
     * the context path) are the preview's own assets.
     */
    public List<WebResource> webResourcesFor(String context) {
        Set<WebResource> ordered = new LinkedHashSet<>();
        webResources.stream()
                .filter(resource -> resource.contexts().contains(context))
                .forEach(resource -> addWithDependencies(resource, ordered, new ArrayList<>()));
        return List.copyOf(ordered);
    }

    private void addWithDependencies(WebResource resource, Set<WebResource> ordered, List<String> path) {
        if (path.contains(resource.key())) {
            throw new IllegalStateException(
                    "Web resources depend on each other in a circle: " + path + " -> " + resource.key());
        }
        path.add(resource.key());
        String own = pluginKey + ":";
        for (String dependency : resource.dependencies()) {
            if (dependency.startsWith(own)) {
                String key = dependency.substring(own.length());
                addWithDependencies(
                        webResource(key)
                                .orElseThrow(() -> new IllegalStateException(
                                        resource.key() + " depends on " + key + ", which the descriptor lacks")),
                        ordered,
                        path);
            }
        }
        path.remove(path.size() - 1);
        ordered.add(resource);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream()
                .map(Node::getTextContent)
                .map(String::strip)
                .toList();
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new IllegalStateException(
                    "Expected one <" + name + "> in <" + parent.getTagName() + ">, found " + found.size());
        }
        return found.get(0);
    }
}
