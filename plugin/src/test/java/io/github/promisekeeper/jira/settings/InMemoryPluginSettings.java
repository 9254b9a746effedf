package io.github.promisekeeper.jira.settings;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.HashMap;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** SAL's global plugin settings as a map, for tests; stores only what SAL stores (strings here). */
public final class InMemoryPluginSettings {

    private final Map<String, Object> values = new HashMap<>();
    private final PluginSettingsFactory factory = mock(PluginSettingsFactory.class);

    public InMemoryPluginSettings() {
        PluginSettings settings = mock(PluginSettings.class);
        when(settings.get(anyString())).thenAnswer(call -> values.get(call.<String>getArgument(0)));
        when(settings.put(anyString(), any())).thenAnswer(call -> values.put(call.getArgument(0), call.getArgument(1)));
        when(factory.createGlobalSettings()).thenReturn(settings);
    }

    public PluginSettingsFactory factory() {
        return factory;
    }

    public Map<String, Object> values() {
        return values;
    }
}
