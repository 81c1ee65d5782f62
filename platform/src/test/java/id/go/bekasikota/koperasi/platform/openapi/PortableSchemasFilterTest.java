package id.go.bekasikota.koperasi.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Integer ranges and the lengths of formatted strings, as the filter writes them into every schema. */
class PortableSchemasFilterTest {

    @Test
    void aFormattedStringStatesItsLongestText() {
        // "0b6f3c1e-5d1a-4c4e-9a59-3f1f0d4f8b11", "2026-07-01", "2026-07-01T08:00:00.123456789+07:00"
        assertThat(bounded(string("uuid")).getMaxLength()).isEqualTo(36);
        assertThat(bounded(string("date")).getMaxLength()).isEqualTo(10);
        assertThat(bounded(string("date-time")).getMaxLength()).isEqualTo("2026-07-01T08:00:00.123456789+07:00".length());
    }

    @Test
    void whatTheCodeSaysStaysAndOtherStringsAreLeftAlone() {
        assertThat(bounded(string("uuid").maxLength(20)).getMaxLength()).isEqualTo(20);
        assertThat(bounded(string("date").enumeration(List.of("2026-07-01"))).getMaxLength()).isNull();
        assertThat(bounded(string(null)).getMaxLength()).isNull();
        assertThat(bounded(string("binary")).getMaxLength()).isNull();
    }

    @Test
    void aPatternOrAnEnumBoundsItsString() {
        assertThat(bounded(string(null).pattern("3275(0[1-9]|1[0-2])")).getMaxLength()).isEqualTo(6);
        assertThat(bounded(string(null).pattern("[^x]+")).getMaxLength()).isNull();
        Schema jenis = OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("KONSUMEN", "SIMPAN_PINJAM"));
        Schema member = string(null).allOf(List.of(OASFactory.createSchema().ref("Jenis")));
        PortableSchemasFilter.boundByEnum(member, java.util.Map.of("Jenis", jenis));
        assertThat(member.getMaxLength()).isEqualTo("SIMPAN_PINJAM".length());
        Schema other = string(null).allOf(List.of(OASFactory.createSchema().ref("Other")));
        PortableSchemasFilter.boundByEnum(other, java.util.Map.of("Jenis", jenis));
        assertThat(other.getMaxLength()).isNull();
    }

    @Test
    void anEnumOfTextsWithoutATypeIsAString() {
        Schema format = OASFactory.createSchema().enumeration(List.of("json", "xlsx", "pdf"));
        PortableSchemasFilter.typedEnum(format);
        assertThat(format.getType()).containsExactly(Schema.SchemaType.STRING);
        assertThat(format.getMaxLength()).isEqualTo(4);
        Schema typed = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).enumeration(List.of(1, 2));
        PortableSchemasFilter.typedEnum(typed);
        assertThat(typed.getType()).as("typed already").containsExactly(Schema.SchemaType.INTEGER);
        Schema numbers = OASFactory.createSchema().enumeration(List.of(1, 2));
        PortableSchemasFilter.typedEnum(numbers);
        assertThat(numbers.getType()).as("not texts: left alone").isNull();
    }

    @Test
    void anIntegerWithoutFormatIsInt64WithItsRange() {
        Schema schema = bounded(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
        assertThat(schema.getFormat()).isEqualTo("int64");
        assertThat(schema.getMaximum()).isEqualTo(BigDecimal.valueOf(9_223_372_036_854_775_807L));
        Schema int32 = bounded(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO));
        assertThat(int32.getMinimum()).isEqualTo(BigDecimal.ZERO);
        assertThat(int32.getMaximum()).isEqualTo(BigDecimal.valueOf(2_147_483_647));
    }

    @Test
    void aDecimalStatesItsPlacesInsteadOfAFractionalMultipleOf() {
        Schema rate = OASFactory.createSchema().addType(Schema.SchemaType.NUMBER).multipleOf(new BigDecimal("1e-06"))
                .description("Annual rate, 0.07 is 7%");
        PortableSchemasFilter.decimalPlaces(rate);
        assertThat(rate.getMultipleOf()).isNull();
        assertThat(rate.getExtensions()).containsEntry("x-decimal-places", 6);
        assertThat(rate.getDescription()).isEqualTo("Annual rate, 0.07 is 7%. At most 6 decimal places.");
        Schema quantity = OASFactory.createSchema().addType(Schema.SchemaType.NUMBER).multipleOf(new BigDecimal("0.0010"));
        PortableSchemasFilter.decimalPlaces(quantity);
        assertThat(quantity.getExtensions()).containsEntry("x-decimal-places", 3);
        assertThat(quantity.getDescription()).isEqualTo("At most 3 decimal places.");
        Schema whole = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).multipleOf(new BigDecimal("1000"));
        PortableSchemasFilter.decimalPlaces(whole);
        assertThat(whole.getMultipleOf()).isEqualTo(new BigDecimal("1000"));
        assertThat(whole.getExtensions()).isNullOrEmpty();
    }

    private static Schema string(String format) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format(format);
    }

    private static Schema bounded(Schema schema) {
        PortableSchemasFilter.bound(schema);
        return schema;
    }
}
