/* Compiled inner loops of the statistical NER model (entities/model.py).
 *
 * Plain C99 with no Python API: the build hook (hatch_build.py) compiles it into a shared
 * library that luoyang_nlp/_native/__init__.py loads with ctypes. Each function computes exactly what
 * the numpy code beside it computes (the same float32 sums in the same order, the same
 * tie-breaking), so the model's output does not depend on whether the library was built;
 * tests/test_kernels.py compares the two.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define EMPTY UINT64_C(0xFFFFFFFFFFFFFFFF)
#define C1 UINT64_C(0x9E3779B97F4A7C15)
#define BASE UINT64_C(1000003)
#define AHEAD 12  /* positions ahead whose memory tag_chunks asks for (a hint, no effect on results) */
#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

/* Ask for the home slot of key q in the open-addressing table (see probe). */
static inline void prefetch_slot(uint64_t q, const uint64_t *keys, const void *vals, size_t width, int shift) {
    uint64_t s = (q * C1) >> shift;
    PREFETCH(keys + s);
    PREFETCH((const char *)vals + s * width);
}

/* Value of key q in the open-addressing table (HashIndex), or dflt when absent. */
static inline int32_t probe(uint64_t q, const uint64_t *keys, const int8_t *vals8, const int32_t *vals32,
                            uint64_t mask, int shift, int64_t depth, int32_t dflt) {
    if (q == EMPTY) return dflt;
    uint64_t s = (q * C1) >> shift;
    for (int64_t d = 0; d <= depth; d++) {
        uint64_t k = keys[s];
        if (k == q) return vals8 ? (int32_t)vals8[s] : vals32[s];
        if (k == EMPTY) return dflt;
        s = (s + 1) & mask;
    }
    return dflt;
}

/* Dictionary code of every position of cp (Words.codes_cp): B/M/E and class of the longest
 * word covering it, ties to the later start. best[] is scratch of n int64. */
static void codes(const int64_t *cp, int64_t n, const uint64_t *keys, const int8_t *vals, uint64_t mask,
                  int shift, int64_t depth, int64_t maxlen, int32_t prefix_flag, int64_t *out, int64_t *best) {
    for (int64_t i = 0; i < n; i++) { out[i] = 0; best[i] = -1; }
    for (int64_t i = 0; i + 1 < n; i++) {
        if (i + AHEAD + 1 < n)
            prefetch_slot((uint64_t)(cp[i + AHEAD] + 1) * BASE + (uint64_t)(cp[i + AHEAD + 1] + 1), keys, vals, 1, shift);
        uint64_t h = (uint64_t)(cp[i] + 1);
        for (int64_t L = 2; L <= maxlen && i + L <= n; L++) {
            h = h * BASE + (uint64_t)(cp[i + L - 1] + 1);
            int32_t v = probe(h, keys, vals, NULL, mask, shift, depth, 0);
            int32_t cls = v & 15;
            if (cls) {
                int64_t rank = L * (n + 1) + i;  /* longer wins, then the later start */
                for (int64_t k = 0; k < L; k++) {
                    if (rank > best[i + k]) {
                        best[i + k] = rank;
                        out[i + k] = 1 + 3 * (cls - 1) + (k == 0 ? 0 : (k == L - 1 ? 2 : 1));
                    }
                }
            }
            if (!(v & prefix_flag)) break;
        }
    }
}

void word_codes(const int64_t *cp, int64_t n, const uint64_t *keys, const int8_t *vals, uint64_t mask,
                int shift, int64_t depth, int64_t maxlen, int32_t prefix_flag, int64_t *out, int64_t *best) {
    codes(cp, n, keys, vals, mask, shift, depth, maxlen, prefix_flag, out, best);
}

/* Index of the first maximum of row[0 .. K - 1] (numpy's argmax: ties go to the lowest). */
static inline int64_t first_max(const float *row, int64_t K) {
    int64_t best = 0;
    for (int64_t j = 1; j < K; j++)
        if (row[j] > row[best]) best = j;
    return best;
}

/* Best tag path of one chunk (NERModel._viterbi): em is (n, K) float32, trans (K, K) from ->
 * to; the chunk covers em rows s0 .. s0 + T - 1. score is scratch of T * K floats. Ties go to
 * the lowest tag, as numpy's argmax. */
static void best_path(const float *em, int64_t K, int64_t s0, int64_t T, const float *trans, int64_t *tags,
                      float *score) {
    if (T <= 0) return;
    const float *e = em + s0 * K;
    memcpy(score, e, (size_t)K * sizeof(float));
    for (int64_t t = 1; t < T; t++) {
        const float *prev = score + (t - 1) * K;
        float *cur = score + t * K;
        for (int64_t j = 0; j < K; j++) {
            float m = prev[0] + trans[j];
            for (int64_t i = 1; i < K; i++) {
                float v = prev[i] + trans[i * K + j];
                if (v > m) m = v;
            }
            cur[j] = m + e[t * K + j];
        }
    }
    int64_t tag = first_max(score + (T - 1) * K, K);
    tags[s0 + T - 1] = tag;
    for (int64_t t = T - 1; t > 0; t--) {
        const float *prev = score + (t - 1) * K;
        int64_t arg = 0;
        float m = prev[0] + trans[tag];
        for (int64_t i = 1; i < K; i++) {
            float v = prev[i] + trans[i * K + tag];
            if (v > m) { m = v; arg = i; }
        }
        tag = arg;
        tags[s0 + t - 1] = tag;
    }
}

/* Best tag path of each chunk: chunk c covers em rows starts[c] .. starts[c] + lens[c] - 1.
 * Positions outside every chunk keep tag 0. score is scratch of (max len) * K floats. */
void viterbi(const float *em, int64_t K, const int64_t *starts, const int64_t *lens, int64_t nchunks,
             const float *trans, int64_t *tags, float *score) {
    for (int64_t c = 0; c < nchunks; c++) best_path(em, K, starts[c], lens[c], trans, tags, score);
}

/* Emission scores (the last step of NERModel._emissions): out[p] = sum over f, in order, of
 * the table row idx[f][p] (K float32 each); idx is (nf, n). */
void gather_sum(const float *table, int64_t K, const int64_t *idx, int64_t nf, int64_t n, float *out) {
    for (int64_t p = 0; p < n; p++) {
        float *o = out + p * K;
        const float *r = table + idx[p] * K;
        for (int64_t k = 0; k < K; k++) o[k] = r[k];
        for (int64_t f = 1; f < nf; f++) {
            r = table + idx[f * n + p] * K;
            for (int64_t k = 0; k < K; k++) o[k] += r[k];
        }
    }
}

/* The sums of emissions() once the rows of the merged templates are known. */
static void emission_sums(const float *table, int64_t K, int64_t n, int64_t pad, const int64_t *rows,
                          const int64_t *keyed, int64_t nk, int64_t bi, const int64_t *urow, int64_t nu, int64_t u0,
                          int64_t nb, int64_t b0, const int64_t *dc, int64_t d_base, int64_t nd, int64_t d0,
                          float *out) {
    const int64_t *brow = rows + bi * n;
    for (int64_t p = 0; p < n; p++) {
        float *o = out + p * K;
        const float *r = table + K;  /* row 1: the bias */
        for (int64_t k = 0; k < K; k++) o[k] = r[k];
        for (int64_t c = 0; c < nk; c++) {
            r = table + rows[keyed[c] * n + p] * K;
            for (int64_t k = 0; k < K; k++) o[k] += r[k];
        }
        if (p < pad || p >= n - pad) continue;
        for (int64_t j = 0; j < nu; j++) {
            r = table + (urow[p + u0 + j] + j) * K;
            for (int64_t k = 0; k < K; k++) o[k] += r[k];
        }
        for (int64_t j = 0; j < nb; j++) {
            r = table + (brow[p + b0 + j] + j) * K;
            for (int64_t k = 0; k < K; k++) o[k] += r[k];
        }
        for (int64_t j = 0; j < nd; j++) {
            r = table + (dc[p + d0 + j] * nd + d_base + j) * K;
            for (int64_t k = 0; k < K; k++) o[k] += r[k];
        }
    }
}

/* Emission scores of every position (NERModel._emissions for templates held in one merged
 * hash index): out[p] = table[1] (bias) + the rows of the keyed templates + the unigram,
 * bigram and dictionary windows, added in that order (numpy's order, so the same float32
 * sums). qkeys (m, n) are the tagged keys of the m merged templates, looked up in the index
 * (hkeys, hvals); a missing key takes dflt[w]. keyed[c] (c < nk) names the templates added
 * as columns; template bi supplies the bigram rows. urow[p] is the unigram row base of p.
 * Windows are added only where all of them are inside (pad .. n - pad). rows is scratch (m, n). */
void emissions(const float *table, int64_t K, int64_t n, int64_t pad,
               const int64_t *qkeys, int64_t m, const int64_t *dflt,
               const uint64_t *hkeys, const int32_t *hvals, uint64_t mask, int shift, int64_t depth,
               const int64_t *keyed, int64_t nk, int64_t bi,
               const int64_t *urow, int64_t nu, int64_t u0,
               int64_t nb, int64_t b0,
               const int64_t *dc, int64_t d_base, int64_t nd, int64_t d0,
               int64_t *rows, float *out) {
    for (int64_t w = 0; w < m; w++)
        for (int64_t p = 0; p < n; p++)
            rows[w * n + p] = probe((uint64_t)qkeys[w * n + p], hkeys, NULL, hvals, mask, shift, depth, -1);
    for (int64_t w = 0; w < m; w++)
        for (int64_t p = 0; p < n; p++)
            if (rows[w * n + p] < 0) rows[w * n + p] = dflt[w];
    emission_sums(table, K, n, pad, rows, keyed, nk, bi, urow, nu, u0, nb, b0, dc, d_base, nd, d0, out);
}

/* tag_chunks works on rows of KP floats (K <= KP tags, the table and the transitions padded
 * with zeros): a constant row width lets the compiler add a row in a few vector steps, and
 * each lane k < K still gets the same float32 sums in the same order. */
#define KP 8

/* A row of KP floats held in two 4-float vectors (GCC and Clang vector extensions: each lane
 * an IEEE float32 add, as the scalar loop), or in an array where they are not available (or
 * with -DLUOYANG_SCALAR_ROWS). */
#if defined(__GNUC__) && !defined(LUOYANG_SCALAR_ROWS)
typedef float v4f __attribute__((vector_size(16)));
typedef int32_t v4i __attribute__((vector_size(16)));
static inline v4f load4(const float *p) { v4f v; memcpy(&v, p, sizeof v); return v; }
typedef struct { v4f lo, hi; } row_t;
static inline row_t row_load(const float *r) { row_t x = {load4(r), load4(r + 4)}; return x; }
static inline void row_add(row_t *x, const float *r) { x->lo += load4(r); x->hi += load4(r + 4); }
static inline void row_store(float *o, const row_t *x) { memcpy(o, &x->lo, 16); memcpy(o + 4, &x->hi, 16); }
static inline void row_addc(row_t *x, float c, const float *r) {  /* x = c + r */
    x->lo = c + load4(r);
    x->hi = c + load4(r + 4);
}
static inline row_t row_sum(const row_t *x, const float *r) { row_t y = {x->lo + load4(r), x->hi + load4(r + 4)}; return y; }
typedef struct { v4i lo, hi; } idx_t;
static inline idx_t idx_zero(void) { idx_t a = {{0, 0, 0, 0}, {0, 0, 0, 0}}; return a; }
static inline void idx_store(int32_t *o, const idx_t *a) { memcpy(o, &a->lo, 16); memcpy(o + 4, &a->hi, 16); }
/* m = y where y > m, and there arg = i (the first of equal maxima stays) */
static inline void row_argmax(row_t *m, idx_t *arg, const row_t *y, int32_t i) {
    v4i glo = (v4i)(y->lo > m->lo), ghi = (v4i)(y->hi > m->hi);
    m->lo = (v4f)(((v4i)y->lo & glo) | ((v4i)m->lo & ~glo));
    m->hi = (v4f)(((v4i)y->hi & ghi) | ((v4i)m->hi & ~ghi));
    arg->lo = (i & glo) | (arg->lo & ~glo);
    arg->hi = (i & ghi) | (arg->hi & ~ghi);
}
#else
typedef struct { float v[KP]; } row_t;
static inline row_t row_load(const float *r) { row_t x; memcpy(x.v, r, sizeof x.v); return x; }
static inline void row_add(row_t *x, const float *r) { for (int k = 0; k < KP; k++) x->v[k] += r[k]; }
static inline void row_store(float *o, const row_t *x) { memcpy(o, x->v, sizeof x->v); }
static inline void row_addc(row_t *x, float c, const float *r) { for (int k = 0; k < KP; k++) x->v[k] = c + r[k]; }
static inline row_t row_sum(const row_t *x, const float *r) {
    row_t y;
    for (int k = 0; k < KP; k++) y.v[k] = x->v[k] + r[k];
    return y;
}
typedef struct { int32_t v[KP]; } idx_t;
static inline idx_t idx_zero(void) { idx_t a; memset(a.v, 0, sizeof a.v); return a; }
static inline void idx_store(int32_t *o, const idx_t *a) { memcpy(o, a->v, sizeof a->v); }
static inline void row_argmax(row_t *m, idx_t *arg, const row_t *y, int32_t i) {
    for (int k = 0; k < KP; k++)
        if (y->v[k] > m->v[k]) { m->v[k] = y->v[k]; arg->v[k] = i; }
}
#endif

/* emission_sums() on the padded table: em (n, KP), lanes k >= K unused. */
static void emission_sums_kp(const float *table, int64_t n, int64_t pad, const int64_t *rows,
                             const int64_t *keyed, int64_t nk, int64_t bi, const int64_t *urow, int64_t nu,
                             int64_t u0, int64_t nb, int64_t b0, const int64_t *dc, int64_t d_base, int64_t nd,
                             int64_t d0, float *em) {
    const int64_t *brow = rows + bi * n;
    for (int64_t p = 0; p < n; p++) {
        if (p + AHEAD < n - pad) {  /* the blocks of the characters entering the windows */
            const float *u = table + urow[p + AHEAD + u0 + nu - 1] * KP, *b = table + brow[p + AHEAD + b0 + nb - 1] * KP;
            for (int64_t j = 0; j < nu * KP; j += 16) PREFETCH(u + j);
            for (int64_t j = 0; j < nb * KP; j += 16) PREFETCH(b + j);
            for (int64_t c = 0; c < nk; c++) PREFETCH(table + rows[keyed[c] * n + p + AHEAD] * KP);
        }
        row_t acc = row_load(table + KP);  /* row 1: the bias */
        for (int64_t c = 0; c < nk; c++) row_add(&acc, table + rows[keyed[c] * n + p] * KP);
        if (p >= pad && p < n - pad) {
            for (int64_t j = 0; j < nu; j++) row_add(&acc, table + (urow[p + u0 + j] + j) * KP);
            for (int64_t j = 0; j < nb; j++) row_add(&acc, table + (brow[p + b0 + j] + j) * KP);
            for (int64_t j = 0; j < nd; j++) row_add(&acc, table + (dc[p + d0 + j] * nd + d_base + j) * KP);
        }
        row_store(em + p * KP, &acc);
    }
}

/* best_path() on padded rows (em, trans and score KP wide): for each tag j the maximum over
 * the previous tags i is taken in the same order (i = 0 .. K - 1, the first of equal ones),
 * for all j at once, and its i kept (back, T * KP), where best_path() finds it again. */
static void best_path_kp(const float *em, int64_t K, int64_t s0, int64_t T, const float *trans, int64_t *tags,
                         float *score, int32_t *back) {
    if (T <= 0) return;
    memcpy(score, em + s0 * KP, KP * sizeof(float));
    for (int64_t t = 1; t < T; t++) {
        const float *prev = score + (t - 1) * KP;
        row_t m, v;
        idx_t arg = idx_zero();
        row_addc(&m, prev[0], trans);
        for (int64_t i = 1; i < K; i++) {
            row_addc(&v, prev[i], trans + i * KP);
            row_argmax(&m, &arg, &v, (int32_t)i);
        }
        row_t cur = row_sum(&m, em + (s0 + t) * KP);
        row_store(score + t * KP, &cur);
        idx_store(back + t * KP, &arg);
    }
    int64_t tag = first_max(score + (T - 1) * KP, K);
    tags[s0 + T - 1] = tag;
    for (int64_t t = T - 1; t > 0; t--) {
        tag = back[t * KP + tag];
        tags[s0 + t - 1] = tag;
    }
}

/* The model block of tag_chunks (_native.pack_model builds it once per model): table
 * addresses, then sizes and offsets, in this order. The weight table and the transitions
 * are padded to KP columns. */
enum {
    M_TABLE, M_K, M_TRANS, M_PAD,
    M_WKEYS, M_WVALS, M_WMASK, M_WSHIFT, M_WDEPTH, M_WMAXLEN, M_WPREFIX,
    M_UROWS, M_UKEYS, M_UVALS8, M_UVALS32, M_UMASK, M_USHIFT, M_UDEPTH, M_UDEFAULT, M_UBASE,
    M_HKEYS, M_HVALS, M_HMASK, M_HSHIFT, M_HDEPTH,
    M_NT, M_KIND, M_TAG, M_DFLT, M_KEYED, M_NK, M_BI,
    M_NU, M_U0, M_NB, M_B0, M_DBASE, M_ND, M_D0,
    M_FLAGS, M_MAXLEN,
    M_FIELDS
};

/* The key of a merged template at position p (encode): kind 0 the pair p, p+1 (bi); 1 the
 * pair p-1, p+1 (sk); 2 the code point and its dictionary code (cd). */
static inline uint64_t template_key(int64_t kind, const int64_t *cp, const int64_t *dc, int64_t n, int64_t p) {
    int64_t nxt = p + 1 < n ? cp[p + 1] : 0, prv = p > 0 ? cp[p - 1] : 0;
    return (uint64_t)(kind == 0 ? (cp[p] << 21) | nxt : kind == 1 ? (prv << 21) | nxt : (cp[p] << 6) | dc[p]);
}

int64_t model_fields(void) { return M_FIELDS * 100 + KP; }

#define PTR(T, i) ((T)(intptr_t)P[i])

/* NERModel.predict_many in one call (the kernels above chained, no numpy in between): the
 * chunks, which tile src from `first` (chunk c is clen[c] code points), are laid out with pad
 * boundary code points 0 before, between and after them, as encode() does (n positions);
 * then dictionary codes, the keys of the merged templates (kind 0: pair i, i+1; 1: pair
 * i-1, i+1; 2: code point and dictionary code) and their rows, unigram rows, emission sums,
 * the best path of each chunk, and for each tagged position the local scores of
 * NERModel._gibbs (emission plus the transitions from the tag before and to the tag after,
 * less the row maximum), in numpy's float32 order. Out (int64, 5n + 2): flat[i] = out[i] =
 * i * K + tag of the i-th tagged position; span s starts at tagged position out[n + s] and
 * is (start, end, type) = out[2n + 3s ..] in src coordinates (BIO as NERModel._spans);
 * out[5n], out[5n + 1]: the numbers of tagged positions and of spans.
 * loc (float32, n * K): the local scores. Returns 0, or -1 when scratch memory is lacking. */
int64_t tag_chunks(const int64_t *P, const uint32_t *src, int64_t first, const int64_t *clen, int64_t nchunks,
                   int64_t n, int64_t *out, float *loc) {
    const int64_t K = P[M_K], pad = P[M_PAD], nt = P[M_NT], nu = P[M_NU];
    const float *table = PTR(const float *, M_TABLE), *trans = PTR(const float *, M_TRANS);
    int64_t maxlen = 1;
    for (int64_t c = 0; c < nchunks; c++)
        if (clen[c] > maxlen) maxlen = clen[c];
    int64_t *cp = malloc((size_t)n * (size_t)(5 + nt) * sizeof(int64_t));
    float *em = malloc((size_t)(n + maxlen) * KP * sizeof(float));
    int32_t *back = malloc((size_t)maxlen * KP * sizeof(int32_t));
    if (!cp || !em || !back) {
        free(cp);
        free(em);
        free(back);
        return -1;
    }
    int64_t *dc = cp + n, *best = dc + n, *urow = best + n, *tags = urow + n, *rows = tags + n;
    float *score = em + n * KP;
    memset(cp, 0, (size_t)n * sizeof(int64_t));
    memset(tags, 0, (size_t)n * sizeof(int64_t));
    for (int64_t c = 0, at = pad, from = first; c < nchunks; at += clen[c] + pad, from += clen[c], c++)
        for (int64_t j = 0; j < clen[c]; j++) cp[at + j] = src[from + j];
    codes(cp, n, PTR(const uint64_t *, M_WKEYS), PTR(const int8_t *, M_WVALS), (uint64_t)P[M_WMASK],
          (int)P[M_WSHIFT], P[M_WDEPTH], P[M_WMAXLEN], (int32_t)P[M_WPREFIX], dc, best);
    const int64_t *kind = PTR(const int64_t *, M_KIND), *tag = PTR(const int64_t *, M_TAG);
    const int64_t *dflt = PTR(const int64_t *, M_DFLT);
    const uint64_t *hkeys = PTR(const uint64_t *, M_HKEYS);
    const int32_t *hvals = PTR(const int32_t *, M_HVALS);
    for (int64_t w = 0; w < nt; w++) {
        int64_t *r = rows + w * n;
        for (int64_t p = 0; p < n; p++) {
            if (p + AHEAD < n)
                prefetch_slot(template_key(kind[w], cp, dc, n, p + AHEAD) | (uint64_t)tag[w], hkeys, hvals, 4,
                              (int)P[M_HSHIFT]);
            int32_t v = probe(template_key(kind[w], cp, dc, n, p) | (uint64_t)tag[w], hkeys, NULL, hvals,
                              (uint64_t)P[M_HMASK], (int)P[M_HSHIFT], P[M_HDEPTH], -1);
            r[p] = v < 0 ? dflt[w] : v;
        }
    }
    const int64_t *urows = PTR(const int64_t *, M_UROWS);
    for (int64_t p = 0; p < n; p++) {
        int64_t c = cp[p];
        urow[p] = c < 0x10000 ? urows[c]
                  : P[M_UBASE] + (int64_t)probe((uint64_t)c, PTR(const uint64_t *, M_UKEYS),
                                                 PTR(const int8_t *, M_UVALS8), PTR(const int32_t *, M_UVALS32),
                                                 (uint64_t)P[M_UMASK], (int)P[M_USHIFT], P[M_UDEPTH],
                                                 (int32_t)P[M_UDEFAULT]) * nu;
    }
    emission_sums_kp(table, n, pad, rows, PTR(const int64_t *, M_KEYED), P[M_NK], P[M_BI], urow, nu, P[M_U0],
                     P[M_NB], P[M_B0], dc, P[M_DBASE], P[M_ND], P[M_D0], em);
    for (int64_t c = 0, at = pad; c < nchunks; at += clen[c] + pad, c++)
        best_path_kp(em, K, at, clen[c], trans, tags, score, back);
    int64_t m = 0, ns = 0, c = 0, at = pad, base = first - pad, prev_p = -2, prev_typ = -1;
    int64_t *sbeg = out + n, *sp = out + 2 * n;
    for (int64_t p = 0; p < n; p++) {
        const int64_t t = tags[p];
        if (!t) continue;
        float *l = loc + m * K;
        const float *e = em + p * KP, *from = trans + tags[p - 1] * KP;
        const int64_t to = tags[p + 1];
        for (int64_t k = 0; k < K; k++) l[k] = (e[k] + from[k]) + trans[k * KP + to];
        float mx = l[0];
        for (int64_t k = 1; k < K; k++)
            if (l[k] > mx) mx = l[k];
        for (int64_t k = 0; k < K; k++) l[k] -= mx;
        out[m] = m * K + t;
        const int64_t typ = (t + 1) / 2;
        if (!(p == prev_p + 1 && typ == prev_typ) || t % 2 == 1) {  /* a span begins */
            if (ns) sp[3 * (ns - 1) + 1] = prev_p + 1 + base;
            while (p >= at + clen[c]) {  /* the chunk of p, and where it starts in src */
                at += clen[c] + pad;
                base -= pad;
                c++;
            }
            sbeg[ns] = m;
            sp[3 * ns] = p + base;
            sp[3 * ns + 2] = typ - 1;
            ns++;
        }
        prev_p = p;
        prev_typ = typ;
        m++;
    }
    if (ns) sp[3 * (ns - 1) + 1] = prev_p + 1 + base;
    out[5 * n] = m;
    out[5 * n + 1] = ns;
    free(cp);
    free(em);
    free(back);
    return 0;
}

/* The pieces of NERModel's split_chunks over each text of src (text t is text_lens[t] code
 * points, the texts one after another): a piece runs to the end of a run of stops and the
 * closing marks right after it (or to the end of the text), and one longer than max_len is
 * cut after the last soft break in its window (max_len / 3 .. max_len), else at max_len.
 * flags[c] (c < 0x10000; others have none): 1 a stop, 2 a closing mark, 4 a soft break.
 * out: the piece lengths, at most one per code point; returns their number. */
int64_t piece_lengths(const int64_t *P, const uint32_t *src, const int64_t *text_lens, int64_t ntexts, int64_t *out) {
    const uint8_t *flags = PTR(const uint8_t *, M_FLAGS);
    const int64_t max_len = P[M_MAXLEN];
#define FLAG(c) ((c) < 0x10000 ? flags[(c)] : 0)
    int64_t count = 0;
    for (int64_t t = 0; t < ntexts; src += text_lens[t], t++) {
        const int64_t len = text_lens[t];
        for (int64_t i = 0, j; i < len; i = j) {
            j = i;
            while (j < len && !(FLAG(src[j]) & 1)) j++;
            if (j < len) {
                while (j < len && (FLAG(src[j]) & 1)) j++;
                while (j < len && (FLAG(src[j]) & 2)) j++;
            }
            int64_t s = i;
            while (j - s > max_len) {
                int64_t cut = s + max_len;
                for (int64_t k = s + max_len - 1; k >= s + max_len / 3; k--)
                    if (FLAG(src[k]) & 4) {
                        cut = k + 1;
                        break;
                    }
                out[count++] = cut - s;
                s = cut;
            }
            if (j > s) out[count++] = j - s;
        }
    }
#undef FLAG
    return count;
}
