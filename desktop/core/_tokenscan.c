/* The tokenizer's first pass in C: a text cut into items (desktop/core/tokens.py).
 *
 * items(text) -> (list of str, list of int)
 *
 * The same items, and the same starts, as tokens.items(text) without spans, which is
 * the split at the separator pattern (_SEP), a mark after every plain space, and the
 * empty pieces dropped. The rules (tokens.py, rules 1, 2 and 4):
 *
 *   - a separator starts at a punctuation mark, an emoji or a white-space character
 *     other than the plain space; a white-space character takes in the white space
 *     (not plain spaces) after it, a regional indicator the one after it (a flag), any
 *     other emoji its keycap, variation selectors and skin tones and its ZWJ sequence;
 *     then one plain space, its trailing space;
 *   - between separators, an item ends after each plain space.
 *
 * The character classes are tokens.py's (_PUNCT, _EMOJI, _WHITE, _RI, _MODS); a
 * hypothesis test holds this scanner to the regular-expression one on any text
 * (tests/core/test_tokens_c.py). Where this module is not built (no C compiler when the
 * package was installed) tokens.py uses its regular expression alone.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* white space other than the plain space */
static int is_white(Py_UCS4 c)
{
    if (c < 0x80)
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

static int is_punct(Py_UCS4 c)
{
    if (c < 0x80)
        return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40)
            || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
    return (c >= 0xa1 && c <= 0xbf) || c == 0xd7 || c == 0xf7 || c == 0x060c
        || c == 0x061b || c == 0x061f || (c >= 0x066a && c <= 0x066d) || c == 0x06d4
        || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)
        || (c >= 0x2e00 && c <= 0x2e7f) || (c >= 0x3000 && c <= 0x303f)
        || c == 0xfd3e || c == 0xfd3f;
}

static int is_emoji(Py_UCS4 c)
{
    return (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff)
        || (c >= 0x1f000 && c <= 0x1faff);
}

static int is_ri(Py_UCS4 c) { return c >= 0x1f1e6 && c <= 0x1f1ff; }

/* variation selector 16 and the skin tones */
static int is_mod(Py_UCS4 c) { return c == 0xfe0f || (c >= 0x1f3fb && c <= 0x1f3ff); }

/* classes of the BMP characters, from the functions above (filled once, at import) */
enum { SEP = 1, WHITE = 2, EMOJI = 4, MOD = 8 };
static unsigned char bmp[0x10000];

static void fill_classes(void)
{
    for (Py_UCS4 c = 0; c < 0x10000; c++)
        bmp[c] = (unsigned char)((is_punct(c) || is_white(c) || is_emoji(c) ? SEP : 0)
                                 | (is_white(c) ? WHITE : 0) | (is_emoji(c) ? EMOJI : 0)
                                 | (is_mod(c) ? MOD : 0));
}

static inline int classes(Py_UCS4 c)
{
    if (c < 0x10000)
        return bmp[c];
    return (is_emoji(c) ? SEP | EMOJI : 0) | (is_mod(c) ? MOD : 0);
}

/* offsets as Python ints and as decimal text, made once for 0..NUMBERS-1 (a document of
 * up to 65,536 characters; larger offsets are made as they come) */
#define NUMBERS 65536
static PyObject *ints[NUMBERS];
static char decimal[NUMBERS][6]; /* the digits, then their count in the last byte */

static int fill_numbers(void)
{
    for (Py_ssize_t v = 0; v < NUMBERS; v++) {
        ints[v] = PyLong_FromSsize_t(v);
        if (ints[v] == NULL)
            return -1;
        char digits[6];
        int n = 0;
        Py_ssize_t w = v;
        do {
            digits[n++] = (char)('0' + w % 10);
            w /= 10;
        } while (w);
        for (int k = 0; k < n; k++)
            decimal[v][k] = digits[n - 1 - k];
        decimal[v][5] = (char)n;
    }
    return 0;
}

/* a new reference to the int v */
static inline PyObject *number(Py_ssize_t v)
{
    if (v >= 0 && v < NUMBERS) {
        Py_INCREF(ints[v]);
        return ints[v];
    }
    return PyLong_FromSsize_t(v);
}

/* Where the separator starting at i ends (its trailing space included). */
static Py_ssize_t separator_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    Py_UCS4 c = PyUnicode_READ(kind, data, i);
    int k = classes(c);
    Py_ssize_t j = i + 1;
    if (k & WHITE) {
        while (j < n && (classes(PyUnicode_READ(kind, data, j)) & WHITE))
            j++;
    }
    else if (is_ri(c) && j < n && is_ri(PyUnicode_READ(kind, data, j))) {
        j++;
    }
    else if (k & EMOJI) {
        while (j < n) {
            Py_UCS4 d = PyUnicode_READ(kind, data, j);
            if (d == 0x20e3 || (classes(d) & MOD))
                j++;
            else
                break;
        }
        while (j + 1 < n && PyUnicode_READ(kind, data, j) == 0x200d
               && (classes(PyUnicode_READ(kind, data, j + 1)) & EMOJI)) {
            j += 2;
            while (j < n && (classes(PyUnicode_READ(kind, data, j)) & MOD))
                j++;
        }
    }
    if (j < n && PyUnicode_READ(kind, data, j) == ' ')
        j++;
    return j;
}

/* text[a:b] whose largest character is maxc (Python keeps every string in the
 * narrowest of its three forms: the copy takes the form maxc asks for) */
static PyObject *substring(int kind, const void *data, Py_ssize_t a, Py_ssize_t b,
                           Py_UCS4 maxc)
{
    if (b - a == 1 && maxc < 0x100)
        return PyUnicode_FromOrdinal(maxc); /* Python's own one-character strings */
    PyObject *s = PyUnicode_New(b - a, maxc);
    if (s == NULL)
        return NULL;
    int to = PyUnicode_KIND(s);
    void *dst = PyUnicode_DATA(s);
    if (to == kind) {
        memcpy(dst, (const char *)data + a * kind, (size_t)(b - a) * kind);
    }
    else {
        for (Py_ssize_t i = a; i < b; i++)
            PyUnicode_WRITE(to, dst, i - a, PyUnicode_READ(kind, data, i));
    }
    return s;
}

/* the item text[a:b]: its string appended to out (when out is not NULL), its start to
 * starts */
static int append_item(int kind, const void *data, PyObject *out, PyObject *starts,
                       Py_ssize_t a, Py_ssize_t b, Py_UCS4 maxc)
{
    int failed;
    if (out != NULL) {
        PyObject *item = substring(kind, data, a, b, maxc);
        if (item == NULL)
            return -1;
        failed = PyList_Append(out, item);
        Py_DECREF(item);
        if (failed)
            return -1;
    }
    PyObject *at = number(a);
    if (at == NULL)
        return -1;
    failed = PyList_Append(starts, at);
    Py_DECREF(at);
    return failed;
}

/* The scan: each item's start appended to starts, and its string to out unless out is
 * NULL. 0, or -1 with an exception set. */
static int scan_items(PyObject *text, PyObject *out, PyObject *starts)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t begin = 0; /* start of the item being read */
    Py_UCS4 maxc = 0;     /* its largest character so far */
    Py_ssize_t i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == ' ') {
            if (append_item(kind, data, out, starts, begin, i + 1, maxc > c ? maxc : c))
                return -1;
            begin = ++i;
            maxc = 0;
        }
        else if (classes(c) & SEP) {
            if (begin < i && append_item(kind, data, out, starts, begin, i, maxc))
                return -1;
            Py_ssize_t j = separator_end(kind, data, n, i);
            Py_UCS4 m = 0;
            for (Py_ssize_t t = i; t < j; t++) {
                Py_UCS4 d = PyUnicode_READ(kind, data, t);
                if (d > m)
                    m = d;
            }
            if (append_item(kind, data, out, starts, i, j, m))
                return -1;
            begin = i = j;
            maxc = 0;
        }
        else {
            if (c > maxc)
                maxc = c;
            i++;
        }
    }
    if (begin < n && append_item(kind, data, out, starts, begin, n, maxc))
        return -1;
    return 0;
}

static PyObject *items(PyObject *Py_UNUSED(module), PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "items() takes a str");
        return NULL;
    }
    PyObject *out = PyList_New(0);
    PyObject *starts = PyList_New(0);
    if (out == NULL || starts == NULL || scan_items(text, out, starts)) {
        Py_XDECREF(out);
        Py_XDECREF(starts);
        return NULL;
    }
    return Py_BuildValue("(NN)", out, starts);
}

static PyObject *starts(PyObject *Py_UNUSED(module), PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "starts() takes a str");
        return NULL;
    }
    PyObject *at = PyList_New(0);
    if (at == NULL || scan_items(text, NULL, at)) {
        Py_XDECREF(at);
        return NULL;
    }
    return at;
}

/* ------------------------------------------------------------ Prodigy's tokens array */

typedef struct {
    char *buf;
    Py_ssize_t len, cap;
} Buffer;

static int reserve(Buffer *b, Py_ssize_t more)
{
    if (b->len + more <= b->cap)
        return 0;
    Py_ssize_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + more)
        cap *= 2;
    char *grown = PyMem_Realloc(b->buf, (size_t)cap);
    if (grown == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    b->buf = grown;
    b->cap = cap;
    return 0;
}

static void put(Buffer *b, const char *s, Py_ssize_t n)
{
    memcpy(b->buf + b->len, s, (size_t)n);
    b->len += n;
}

static void put_number(Buffer *b, Py_ssize_t v)
{
    if (v >= 0 && v < NUMBERS) {
        memcpy(b->buf + b->len, decimal[v], 5); /* the buffer always has room to spare */
        b->len += decimal[v][5];
        return;
    }
    char digits[24];
    int n = 0;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        b->buf[b->len++] = digits[--n];
}

/* item[0:len] as a JSON string, as json.dumps(..., ensure_ascii=False) writes it, in
 * UTF-8; 1 when it holds a surrogate (which UTF-8 cannot carry) */
static int put_quoted(Buffer *b, int kind, const void *data, Py_ssize_t len)
{
    b->buf[b->len++] = '"';
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        char *o = b->buf + b->len;
        if (c < 0x80) {
            if (c == '"' || c == '\\') {
                o[0] = '\\';
                o[1] = (char)c;
                b->len += 2;
            }
            else if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                const char *short_form = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                                       : c == '\b' ? "\\b" : c == '\f' ? "\\f" : NULL;
                if (short_form) {
                    put(b, short_form, 2);
                }
                else {
                    memcpy(o, "\\u00", 4);
                    o[4] = hex[c >> 4];
                    o[5] = hex[c & 15];
                    b->len += 6;
                }
            }
            else {
                o[0] = (char)c;
                b->len += 1;
            }
        }
        else if (c < 0x800) {
            o[0] = (char)(0xc0 | (c >> 6));
            o[1] = (char)(0x80 | (c & 0x3f));
            b->len += 2;
        }
        else if (c < 0x10000) {
            if (c >= 0xd800 && c <= 0xdfff)
                return 1;
            o[0] = (char)(0xe0 | (c >> 12));
            o[1] = (char)(0x80 | ((c >> 6) & 0x3f));
            o[2] = (char)(0x80 | (c & 0x3f));
            b->len += 3;
        }
        else {
            o[0] = (char)(0xf0 | (c >> 18));
            o[1] = (char)(0x80 | ((c >> 12) & 0x3f));
            o[2] = (char)(0x80 | ((c >> 6) & 0x3f));
            o[3] = (char)(0x80 | (c & 0x3f));
            b->len += 4;
        }
    }
    b->buf[b->len++] = '"';
    return 0;
}

static PyObject *prodigy_tokens(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text, *starts;
    if (!PyArg_ParseTuple(args, "UO!", &text, &PyList_Type, &starts))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const char *data = PyUnicode_DATA(text);
    Py_ssize_t k = PyList_GET_SIZE(starts);
    Buffer b = {NULL, 0, 0};
    PyObject *ends = PyList_New(k);
    if (ends == NULL)
        return NULL;
    Py_ssize_t next = k ? PyLong_AsSsize_t(PyList_GET_ITEM(starts, 0)) : n;
    if (k && next != 0) {
        PyErr_SetString(PyExc_ValueError, "the first item starts at 0");
        goto fail;
    }
    for (Py_ssize_t t = 0; t < k; t++) {
        Py_ssize_t start = next;
        next = t + 1 < k ? PyLong_AsSsize_t(PyList_GET_ITEM(starts, t + 1)) : n;
        if (next == -1 && PyErr_Occurred())
            goto fail;
        if (next <= start || next > n) {
            PyErr_SetString(PyExc_ValueError, "starts go up, inside the text");
            goto fail;
        }
        Py_ssize_t len = next - start;
        /* a trailing space: the item ends with one and is not the single space */
        int ws = len > 1 && PyUnicode_READ(kind, data, next - 1) == ' ';
        Py_ssize_t word = len - ws;
        /* the most a token takes: its quoted text (6 bytes a character at most) and
         * the keys and numbers around it */
        if (reserve(&b, 6 * word + 128))
            goto fail;
        put(&b, "{\"text\":", 8);
        if (put_quoted(&b, kind, data + start * kind, word)) {
            PyMem_Free(b.buf);
            Py_DECREF(ends);
            Py_RETURN_NONE; /* tokens.py's path says what is wrong */
        }
        put(&b, ",\"start\":", 9);
        put_number(&b, start);
        put(&b, ",\"end\":", 7);
        put_number(&b, start + word);
        put(&b, ",\"id\":", 6);
        put_number(&b, t);
        if (ws)
            put(&b, ",\"ws\":true},", 12);
        else
            put(&b, ",\"ws\":false},", 13);
        PyObject *end = number(start + word);
        if (end == NULL)
            goto fail;
        PyList_SET_ITEM(ends, t, end);
    }
    if (k)
        b.len -= 1; /* no comma after the last token */
    PyObject *json = PyBytes_FromStringAndSize(b.buf ? b.buf : "", b.len);
    PyMem_Free(b.buf);
    if (json == NULL) {
        Py_DECREF(ends);
        return NULL;
    }
    return Py_BuildValue("(NN)", json, ends);
fail:
    PyMem_Free(b.buf);
    Py_DECREF(ends);
    return NULL;
}

/* ---------------------------------------------------------- spaCy's token arrays */

static PyObject *spacy_tokens(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *items, *table;
    if (!PyArg_ParseTuple(args, "O!O", &PyList_Type, &items, &table))
        return NULL;
    Py_ssize_t k = PyList_GET_SIZE(items);
    PyObject *hashes = PyBytes_FromStringAndSize(NULL, 8 * k);
    PyObject *spaces = PyBytes_FromStringAndSize(NULL, k);
    if (hashes == NULL || spaces == NULL)
        goto fail;
    char *h = PyBytes_AS_STRING(hashes);
    char *sp = PyBytes_AS_STRING(spaces);
    for (Py_ssize_t t = 0; t < k; t++) {
        /* the table makes what it lacks (a dict's __missing__) */
        PyObject *made = PyObject_GetItem(table, PyList_GET_ITEM(items, t));
        if (made == NULL)
            goto fail;
        if (!PyBytes_Check(made) || PyBytes_GET_SIZE(made) != 9) {
            Py_DECREF(made);
            PyErr_SetString(PyExc_ValueError, "the table gives 9 bytes an item");
            goto fail;
        }
        memcpy(h + 8 * t, PyBytes_AS_STRING(made), 8);
        sp[t] = PyBytes_AS_STRING(made)[8];
        Py_DECREF(made);
    }
    return Py_BuildValue("(NN)", hashes, spaces);
fail:
    Py_XDECREF(hashes);
    Py_XDECREF(spaces);
    return NULL;
}

static PyMethodDef methods[] = {
    {"items", items, METH_O,
     "items(text) -> (items, starts): tokens.items(text) without spans."},
    {"starts", starts, METH_O,
     "starts(text) -> starts: where each item of items(text) starts."},
    {"prodigy_tokens", prodigy_tokens, METH_VARARGS,
     "prodigy_tokens(text, starts) -> (json, ends): the content of a Prodigy tokens "
     "array for the items of text that start at starts, UTF-8, and where each token "
     "ends; None when a token holds a surrogate."},
    {"spacy_tokens", spacy_tokens, METH_VARARGS,
     "spacy_tokens(items, table) -> (hashes, spaces): table[item] is 9 bytes, the "
     "token's hash (8) and its space flag (1); the first 8 of each, then the last."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_tokenscan",
    "The tokenizer's first pass in C (desktop/core/tokens.py).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__tokenscan(void)
{
    fill_classes();
    if (fill_numbers())
        return NULL;
    return PyModule_Create(&module);
}
