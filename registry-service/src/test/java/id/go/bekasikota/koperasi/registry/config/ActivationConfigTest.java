package id.go.bekasikota.koperasi.registry.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The activation target is read as a fraction; a percentage or nonsense stops the start (SmallRye Config's validation, as Quarkus runs it). */
class ActivationConfigTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static SmallRyeConfig config(String target) {
        return new SmallRyeConfigBuilder().withMapping(ActivationConfig.class)
                .withDefaultValue("koperasi.activation.target", target)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .build();
    }

    @Test
    void aFractionUpToOneIsTheTarget() {
        assertThat(config("0.65").getConfigMapping(ActivationConfig.class).target()).isEqualByComparingTo(new BigDecimal("0.65"));
        assertThat(config("1").getConfigMapping(ActivationConfig.class).target()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void aPercentageZeroOrANegativeTargetIsRefused() {
        for (String target : new String[]{"65", "1.01", "0", "-0.65"}) {
            assertThatThrownBy(() -> config(target)).as(target).isInstanceOf(ConfigValidationException.class)
                    .hasMessageContaining("koperasi.activation.target");
        }
    }
}
