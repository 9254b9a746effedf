package io.github.promisekeeper.core.importer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AmountTextTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "120000        | 120000     | ''",
                "120000.5      | 120000.5   | ''",
                "$120,000.00   | 120000.00  | ''",
                "120.000,00 €  | 120000.00  | ''",
                "1,200,000     | 1200000    | ''",
                "1.200.000,50  | 1200000.50 | ''",
                "EUR 48 000    | 48000      | EUR",
                "48000 usd     | 48000      | USD",
                "1'234.50      | 1234.50    | ''",
                "12,5          | 12.5       | ''"
            })
    void readsTheAmountsCrmsExport(String text, String plain, String code) {
        AmountText.Read read = AmountText.read(text);

        assertThat(read.error()).isNull();
        assertThat(read.amount().plain()).isEqualTo(plain);
        assertThat(read.amount().currencyCode().orElse("")).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,500", "1.500", "75,000", "-100", "(100)", "12a", "1,2,3", "1.000.00,5", "1,00.000"})
    void refusesAmountsThatAreAmbiguousNegativeOrNotNumbers(String text) {
        assertThat(AmountText.read(text).error().text()).isNotBlank().contains(text);
    }
}
