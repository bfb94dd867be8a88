package id.perpustakaan.jembatan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.model.Roles.Role;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void nothingSaidMeansEveryRole() {
        assertThat(Roles.parse(null)).isEqualTo(Roles.ALL);
        assertThat(Roles.parse(" ")).isEqualTo(Roles.ALL);
        assertThat(Roles.ALL.toString()).isEqualTo("harvest,index,web");
    }

    @Test
    void anyCombinationInAnyCaseAndOrder() {
        Roles roles = Roles.parse("Web, harvest");
        assertThat(roles.has(Role.WEB)).isTrue();
        assertThat(roles.has(Role.HARVEST)).isTrue();
        assertThat(roles.has(Role.INDEX)).isFalse();
        assertThat(roles.toString()).isEqualTo("harvest,web");
    }

    @Test
    void aWrongNameSaysWhichAndWhatExists() {
        assertThatThrownBy(() -> Roles.parse("harvest,indexer"))
                .hasMessage("jembatan.roles names 'indexer', which is no role: use harvest, index, web, or several"
                        + " of them comma-separated");
    }
}
