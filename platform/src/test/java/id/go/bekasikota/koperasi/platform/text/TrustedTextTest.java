package id.go.bekasikota.koperasi.platform.text;

import id.go.bekasikota.koperasi.platform.text.TrustedText.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedTextTest {

    @Test
    void textIsComposedAndTrimmedOfEverySpacingCharacter() {
        // "é" typed as e + combining acute accent (NFD) is stored as the one letter U+00E9 (NFC).
        assertThat(TrustedText.normalise("  Koperasi Be\u0301rkah\t\n")).isEqualTo("Koperasi B\u00e9rkah");
        assertThat(TrustedText.normalise("\u00a0\u3000Koperasi\u2007\u202f")).isEqualTo("Koperasi");
        assertThat(TrustedText.normalise("Koperasi  Dua   Spasi")).as("inside, spaces stay").isEqualTo("Koperasi  Dua   Spasi");
        assertThat(TrustedText.normalise(" \u00a0 ")).isEmpty();
        assertThat(TrustedText.normalise(null)).isNull();
    }

    @Test
    void aNameWithADirectionOverrideIsRefusedNamingTheCharacter() {
        for (int c : new int[]{0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C}) {
            String name = "Koperasi " + Character.toString(c) + "Maju";
            assertThat(TrustedText.problem(Kind.NAME, name)).as("U+%04X", c)
                    .hasValue("must not contain characters that change the reading direction (found U+%04X)".formatted(c));
            assertThat(TrustedText.problem(Kind.CODE, "AHU-" + Character.toString(c) + "0007557")).as("U+%04X", c).isPresent();
        }
    }

    @Test
    void zeroWidthAndOtherInvisibleCharactersAreRefusedInNamesAndCodes() {
        for (int c : new int[]{0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x0009, 0x000A, 0x2028, 0x0000}) {
            assertThat(TrustedText.problem(Kind.NAME, "Koperasi" + Character.toString(c) + "Maju")).as("U+%04X", c)
                    .hasValue("must not contain invisible or control characters (found U+%04X)".formatted(c));
            assertThat(TrustedText.problem(Kind.CODE, "518.08" + Character.toString(c) + "/96")).as("U+%04X", c).isPresent();
        }
    }

    @Test
    void aNameMustHaveALetterThatCanBeSeen() {
        assertThat(TrustedText.problem(Kind.NAME, "12345")).hasValue("must contain a letter");
        assertThat(TrustedText.problem(Kind.NAME, "+1")).hasValue("must contain a letter");
        assertThat(TrustedText.problem(Kind.NAME, "- . -")).hasValue("must contain a letter");
        assertThat(TrustedText.problem(Kind.NAME, "\u3164\u3164")).as("Hangul fillers show as blanks").hasValue("must contain a letter");
        assertThat(TrustedText.problem(Kind.NAME, "\u2800")).as("a blank Braille pattern").hasValue("must contain a letter");
        assertThat(TrustedText.problem(Kind.NAME, "\u200b\u200b")).hasValue("must not contain invisible or control characters (found U+200B)");
        assertThat(TrustedText.problem(Kind.CODE, "12345")).as("a code needs no letter").isEmpty();
    }

    @Test
    void namesInAnyScriptWithMarksAndDigitsAreAccepted() {
        for (String name : new String[]{"Koperasi Lima Garuda", "KSP Sejahtera 2", "Koperasi B\u00e9rkah \u00dcmmat", "\u0643\u0648\u0628\u0631\u0627\u0633\u064a",
                "\u5408\u4f5c\u793e", "Hj. Siti Rahmawati, S.E.", "=HYPERLINK(\"http://x\",\"Koperasi\")"}) {
            assertThat(TrustedText.problem(Kind.NAME, name)).as(name).isEmpty();
        }
        assertThat(TrustedText.problem(Kind.NAME, null)).isEmpty();
        assertThat(TrustedText.problem(Kind.NAME, "")).as("required or not is said elsewhere").isEmpty();
    }

    @Test
    void freeTextKeepsLineBreaksAndDirectionMarksButNoOtherControls() {
        assertThat(TrustedText.problem(Kind.FREE_TEXT, "Met the board.\r\nNext:\tRAT in March \u200f\u0645\u0627\u0631\u0633")).isEmpty();
        assertThat(TrustedText.problem(Kind.FREE_TEXT, "bell \u0007")).hasValue("must not contain control characters (found U+0007)");
        assertThat(TrustedText.problem(Kind.FREE_TEXT, "-1")).isEmpty();
    }

    @Test
    void aLoneSurrogateIsNotText() {
        assertThat(TrustedText.problem(Kind.FREE_TEXT, "a\ud800b")).hasValue("is not valid Unicode text (a lone surrogate U+D800)");
        assertThat(TrustedText.problem(Kind.NAME, "Koperasi \ud83d\ude00")).as("a pair is one character").isEmpty();
    }
}
