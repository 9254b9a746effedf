package io.github.promisekeeper.core.importer;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.StoredCustomer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives a key to imported customers whose file has none, stably across re-imports: a customer already
 * stored with the same CRM id keeps its key; a new one gets a key derived from its name (ACME_CORP),
 * with _2, _3… when that key is taken by a different customer.
 */
final class CustomerKeys {

    private final StoredLookup customers;
    private final Map<String, CustomerKey> byIdentity = new HashMap<>();
    private final Set<CustomerKey> handedOut = new HashSet<>();

    CustomerKeys(StoredLookup customers) {
        this.customers = customers;
    }

    /** Notes a key the file gives explicitly, so derived keys avoid it. */
    void reserve(String explicitKey) {
        try {
            handedOut.add(CustomerKey.of(explicitKey));
        } catch (IllegalArgumentException e) {
            // core reports the malformed key on its row
        }
    }

    /** The key for the customer with this CRM id (may be null) and name. */
    CustomerKey keyFor(String crmId, String name) {
        String identity = crmId != null ? "crm:" + crmId : "name:" + normalizedName(name);
        return byIdentity.computeIfAbsent(identity, unused -> {
            Optional<StoredCustomer> stored = crmId == null ? Optional.empty() : customers.byCrmId(crmId);
            if (stored.isPresent()) {
                handedOut.add(stored.get().key());
                return stored.get().key();
            }
            CustomerKey base = derive(name);
            CustomerKey candidate = base;
            for (int n = 2; taken(candidate, crmId, name); n++) {
                String suffix = "_" + n;
                String stem = base.value()
                        .substring(0, Math.min(base.value().length(), CustomerKey.MAX_LENGTH - suffix.length()));
                candidate = CustomerKey.of(stem + suffix);
            }
            handedOut.add(candidate);
            return candidate;
        });
    }

    private boolean taken(CustomerKey key, String crmId, String name) {
        if (handedOut.contains(key)) {
            return true;
        }
        return customers
                .byKey(key)
                .map(StoredCustomer::customer)
                .map(stored -> crmId != null
                        ? !crmId.equals(stored.crmId())
                        : stored.crmId() != null
                                || !normalizedName(stored.name()).equals(normalizedName(name)))
                .orElse(false);
    }

    /** ACME_CORP from "Acme Corp."; a key starting with a letter, 2 to 20 characters. */
    static CustomerKey derive(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String key =
                ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (key.isEmpty() || !Character.isLetter(key.charAt(0))) {
            key = "C_" + key;
        }
        if (key.length() < 2) {
            key = key + "_X";
        }
        key = key.substring(0, Math.min(key.length(), CustomerKey.MAX_LENGTH)).replaceAll("_+$", "");
        return CustomerKey.of(key.length() < 2 ? key + "X" : key);
    }

    private static String normalizedName(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
