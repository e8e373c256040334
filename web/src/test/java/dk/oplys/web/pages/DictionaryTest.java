package dk.oplys.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.core.application.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The pages' dictionaries: every {@link ErrorCode} has a text in Danish and English (key
 * {@code error.<slug>}, e.g. {@code error.already-enrolled}), and both dictionaries have the same keys.
 * Adding an ErrorCode: add its text to web/src/main/webapp/i18n/da.json and en.json (docs/pages.md).
 */
class DictionaryTest {

    private static final Path DIR = Path.of("src/main/webapp/i18n");

    private static JsonObject dictionary(String lang) throws Exception {
        try (Reader r = Files.newBufferedReader(DIR.resolve(lang + ".json"), StandardCharsets.UTF_8)) {
            return Json.createReader(r).readObject();
        }
    }

    @Test
    void everyErrorCodeHasDanishAndEnglishText() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String lang : List.of("da", "en")) {
            JsonObject d = dictionary(lang);
            for (ErrorCode code : ErrorCode.values()) {
                String key = "error." + code.slug();
                if (!d.containsKey(key) || d.getString(key).isBlank()) {
                    missing.add(lang + ": " + key);
                }
            }
        }
        assertTrue(missing.isEmpty(), "texts missing in web/src/main/webapp/i18n: " + missing);
    }

    @Test
    void danishAndEnglishHaveTheSameKeys() throws Exception {
        assertEquals(new TreeSet<>(dictionary("da").keySet()), new TreeSet<>(dictionary("en").keySet()));
    }
}
