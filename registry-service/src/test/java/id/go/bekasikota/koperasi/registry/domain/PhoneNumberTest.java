package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A clerk's review found "------" and "()()()" taken as phone numbers. */
class PhoneNumberTest {

    private static boolean taken(String phone) {
        return phone.length() <= PhoneNumber.MAX_LENGTH && phone.matches(PhoneNumber.PATTERN);
    }

    @Test
    void numbersAsPeopleWriteThemAreTaken() {
        for (String phone : List.of("021 8841234", "+62 21 8801234", "+62 812-3456-7890", "(021) 884 1234", "0812 3456 7890",
                "8841234", "123456", "+123456789012345",
                // Two numbers written as one, as the pattern before took them (20 digits, 21 characters with the +).
                "0218841234-081234567", "+12345678901234567890")) {
            assertThat(taken(phone)).as(phone).isTrue();
        }
    }

    @Test
    void textWithoutDigitsOrWithTooFewOrTooManyIsNot() {
        for (String phone : List.of("------", "()()()", "+ ( ) -", "12345", "(021) -", "123456789012345678901", "+123456789012345678901",
                "021 8841234 ext 12", "021/8841234", "0812.3456.7890", "++62 21 8801234")) {
            assertThat(taken(phone)).as(phone).isFalse();
        }
    }
}
