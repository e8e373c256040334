package dk.oplys.core.application.keys;

import java.util.Map;
import java.util.Set;

/**
 * What one node knows about the CPR keys: the ids it has loaded, the one it encrypts with, and how
 * many stored values each key id protects (counts only). An operator checks every node before
 * activating a new key and before removing an old one.
 */
public record CprKeyStatus(String node, Set<Integer> loadedKeyIds, int currentKeyId, Map<Integer, Long> valuesPerKey) {
}
