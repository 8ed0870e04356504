#include <vips/vips.h>

/* libvips' operations take variadic option lists, which Swift cannot call: these wrappers fix the options. */

static inline int nb_vips_start(void) { return VIPS_INIT("noticeboard"); }

/* Decodes `buf`, turns it upright by its EXIF orientation and shrinks it to at most `width` pixels wide (never
   enlarges), in sRGB. NULL when the bytes are not an image libvips can read. */
static inline VipsImage *nb_vips_thumbnail(const void *buf, size_t len, int width) {
    VipsImage *out = NULL, *memory, *whole;
    /* Fast path: shrink-on-load (JPEG), rendered to memory once, since the narrower sizes are made from it. */
    if (vips_thumbnail_buffer((void *)buf, len, &out, width, "height", 100000, "size", VIPS_SIZE_DOWN, NULL) == 0) {
        memory = vips_image_copy_memory(out);
        g_object_unref(out);
        if (memory) return memory;
    }
    /* Some PNGs fail sequential reading in the thumbnail pipeline: decode the whole image with random access. */
    vips_error_clear();
    whole = vips_image_new_from_buffer(buf, len, "", "access", VIPS_ACCESS_RANDOM, NULL);
    if (!whole) return NULL;
    out = NULL;
    if (vips_thumbnail_image(whole, &out, width, "height", 100000, "size", VIPS_SIZE_DOWN, NULL) != 0) { g_object_unref(whole); return NULL; }
    g_object_unref(whole);
    memory = vips_image_copy_memory(out);
    g_object_unref(out);
    return memory;
}

/* Encodes `in` as a baseline JPEG (Huffman tables optimised) of quality `quality` with every piece of metadata (EXIF, GPS, XMP, IPTC, ICC
   profile, comments) stripped. 0 on success; the caller frees `*buf` with g_free. */
static inline int nb_vips_jpeg(VipsImage *in, int quality, void **buf, size_t *len) {
    VipsImage *rgb = NULL, *flat = NULL;
    int status = vips_colourspace(in, &rgb, VIPS_INTERPRETATION_sRGB, NULL);
    if (status != 0) return status;
    in = rgb;
    if (vips_image_hasalpha(in)) {
        double white[3] = { 255, 255, 255 };
        VipsArrayDouble *background = vips_array_double_new(white, 3);
        status = vips_flatten(in, &flat, "background", background, NULL);
        vips_area_unref(VIPS_AREA(background));
        if (status != 0) { g_object_unref(rgb); return status; }
        in = flat;
    }
    status = vips_jpegsave_buffer(in, buf, len, "Q", quality, "strip", TRUE, "optimize_coding", TRUE, NULL);
    if (flat) g_object_unref(flat);
    g_object_unref(rgb);
    return status;
}

static inline int nb_vips_width(VipsImage *image) { return vips_image_get_width(image); }
static inline int nb_vips_height(VipsImage *image) { return vips_image_get_height(image); }
static inline void nb_vips_release(void *object) { g_object_unref(object); }
static inline void nb_vips_free(void *buffer) { g_free(buffer); }
static inline const char *nb_vips_error(void) { return vips_error_buffer(); }
static inline void nb_vips_error_clear(void) { vips_error_clear(); }

/* Shrinks an image already decoded to at most `width` pixels wide (never enlarges). */
static inline VipsImage *nb_vips_thumbnail_image(VipsImage *in, int width) {
    VipsImage *out = NULL;
    if (vips_thumbnail_image(in, &out, width, "height", 100000, "size", VIPS_SIZE_DOWN, NULL) != 0) return NULL;
    return out;
}
