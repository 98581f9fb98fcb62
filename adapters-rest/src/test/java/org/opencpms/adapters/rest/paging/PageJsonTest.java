package org.opencpms.adapters.rest.paging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    public record Item(String id) {
    }

    @Test
    void the_next_page_link_replaces_the_cursor_and_keeps_the_other_parameters() {
        var page = new PageJson<>(List.of(new Item("a")), "ZGF0ZX5pZA");
        var request = URI.create("https://cpms.example/api/patients?centre=c-1&after=b2xk&limit=20");

        assertThat(page.nextUri(request, Paging.AFTER))
                .isEqualTo(URI.create("https://cpms.example/api/patients?centre=c-1&limit=20&after=ZGF0ZX5pZA"));
        assertThat(page.linkHeader(request, Paging.AFTER))
                .isEqualTo("<https://cpms.example/api/patients?centre=c-1&limit=20&after=ZGF0ZX5pZA>; rel=\"next\"");
    }

    @Test
    void the_first_page_link_adds_the_cursor() {
        var page = new PageJson<>(List.of(new Item("a")), "50");

        assertThat(page.linkHeader(URI.create("http://h/api/audit-trail"), Paging.OFFSET))
                .isEqualTo("<http://h/api/audit-trail?offset=50>; rel=\"next\"");
    }

    @Test
    void a_cursor_is_encoded_in_the_link() {
        var page = new PageJson<>(List.of(), "a+b/c=");

        assertThat(page.nextUri(URI.create("http://h/api/panels?limit=5"), Paging.AFTER))
                .hasToString("http://h/api/panels?limit=5&after=a%2Bb%2Fc%3D");
    }

    @Test
    void the_last_page_has_no_link() {
        var page = PageJson.last(List.of(new Item("a")));

        assertThat(page.next()).isNull();
        assertThat(page.linkHeader(URI.create("http://h/api/patients?centre=c"), Paging.AFTER)).isNull();
    }

    @Test
    void an_offset_page_announces_a_next_page_when_it_is_full() {
        assertThat(PageJson.ofOffset(List.of(new Item("a"), new Item("b")), 10, 2).next()).isEqualTo("12");
        assertThat(PageJson.ofOffset(List.of(new Item("a")), 10, 2).next()).isNull();
        assertThat(PageJson.ofOffset(List.of(), 10, 2).next()).isNull();
    }

    @Test
    void a_slice_of_a_complete_list_knows_whether_more_follow() {
        var all = List.of(new Item("a"), new Item("b"), new Item("c"));

        assertThat(PageJson.slice(all, 0, 2)).isEqualTo(new PageJson<>(List.of(new Item("a"), new Item("b")), "2"));
        assertThat(PageJson.slice(all, 2, 2)).isEqualTo(new PageJson<>(List.of(new Item("c")), null));
        assertThat(PageJson.slice(all, 1, 2)).isEqualTo(new PageJson<>(List.of(new Item("b"), new Item("c")), null));
        assertThat(PageJson.slice(all, 7, 2)).isEqualTo(new PageJson<>(List.of(), null));
        assertThat(PageJson.slice(all, 1, Integer.MAX_VALUE).items()).hasSize(2);
    }

    @Test
    void mapping_keeps_the_cursor() {
        var page = new PageJson<>(List.of(new Item("a")), "next-token").map(item -> item.id().toUpperCase());

        assertThat(page).isEqualTo(new PageJson<>(List.of("A"), "next-token"));
    }

    @Test
    void a_page_is_json_with_items_and_next_and_reads_back() {
        var page = new PageJson<>(List.of(new Item("a"), new Item("b")), "2");
        var json = JSONB.toJson(page);

        assertThat(json).isEqualTo("{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"next\":\"2\"}");
        PageJson<Item> read = JSONB.fromJson(json, pageOf(Item.class));
        assertThat(read).isEqualTo(page);
        assertThat(JSONB.toJson(PageJson.last(List.of()))).isEqualTo("{\"items\":[]}");
    }

    private static Type pageOf(Type item) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {item};
            }

            @Override
            public Type getRawType() {
                return PageJson.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
