package io.github.promisekeeper.core.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a host name to every address it has (port): the JDK's resolver in Jira, a fixed table in tests. */
@FunctionalInterface
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The JDK's resolver ({@link InetAddress#getAllByName}), which also parses literal IPv4 and IPv6 addresses. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
