#include "store/audit.h"

#include "store/jsontext.h"

#include <QtGlobal>
#include <array>
#include <cstring>
#include <optional>
#include <string>

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#define STEWARD_SHA_NI 1
#endif

namespace steward::audit {
namespace {

// SHA-256 (FIPS 180-4), written here rather than taken from QCryptographicHash: every audit row is
// hashed, and an import of 100 000 connectors hashes some 90 MB. Qt's portable code was a sixth of
// such an import; the processor's SHA instructions, where it has them, do the same in a fraction.
constexpr std::array<quint32, 64> roundConstants{
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

using State = std::array<quint32, 8>;

constexpr quint32 rotr(quint32 x, int n)
{
    return (x >> n) | (x << (32 - n));
}

void compressPortable(State& state, const unsigned char* blocks, std::size_t count)
{
    for (; count > 0; --count, blocks += 64) {
        std::array<quint32, 64> w;
        for (int t = 0; t < 16; ++t)
            w[t] = quint32(blocks[4 * t]) << 24 | quint32(blocks[4 * t + 1]) << 16 | quint32(blocks[4 * t + 2]) << 8 |
                   quint32(blocks[4 * t + 3]);
        for (int t = 16; t < 64; ++t) {
            const quint32 s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const quint32 s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        quint32 a = state[0], b = state[1], c = state[2], d = state[3];
        quint32 e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; ++t) {
            const quint32 t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                               roundConstants[std::size_t(t)] + w[std::size_t(t)];
            const quint32 t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef STEWARD_SHA_NI
// The same with the SHA extensions: the state as ABEF and CDGH, four rounds' message words per
// register, each group of four rounds as two sha256rnds2.
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaNi(State& state, const unsigned char* blocks,
                                                               std::size_t count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[0]));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[4]));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    for (; count > 0; --count, blocks += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i msg[4];
#pragma GCC unroll 16
        for (int group = 0; group < 16; ++group) {
            __m128i& current = msg[group % 4];
            if (group < 4) {
                current =
                    _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(blocks + 16 * group)), byteSwap);
            } else {
                // W[t..t+3] from W[t-16..t-13], W[t-12..t-9], W[t-7..t-4] and W[t-4..t-1].
                const __m128i previous = msg[(group + 3) % 4];
                const __m128i sigma0 = _mm_sha256msg1_epu32(current, msg[(group + 1) % 4]);
                const __m128i sum = _mm_add_epi32(sigma0, _mm_alignr_epi8(previous, msg[(group + 2) % 4], 4));
                current = _mm_sha256msg2_epu32(sum, previous);
            }
            __m128i words = _mm_add_epi32(
                current, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&roundConstants[std::size_t(4 * group)])));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, words);
            words = _mm_shuffle_epi32(words, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, words);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[0]), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[4]), hgfe);
}
#endif

using Compress = void (*)(State&, const unsigned char*, std::size_t);

Compress chooseCompress()
{
#ifdef STEWARD_SHA_NI
    // CPUID itself, not __builtin_cpu_supports: clang's knows no "sha". Leaf 1: SSSE3 (ECX bit 9) and
    // SSE4.1 (ECX bit 19); leaf 7: the SHA extensions (EBX bit 29).
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    const bool sse = __get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & (1u << 9)) && (ecx & (1u << 19));
    if (sse && __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & (1u << 29)))
        return compressShaNi;
#endif
    return compressPortable;
}

// The lower-case hex SHA-256 of `size` bytes at `data`, the blocks compressed by `compress`.
QByteArray hexDigest(Compress compress, const char* data, std::size_t size)
{
    State state{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    const std::size_t whole = size / 64;
    compress(state, bytes, whole);
    // The tail, a 1 bit, zeros and the length in bits: one or two blocks.
    std::array<unsigned char, 128> last{};
    const std::size_t tail = size % 64;
    if (tail > 0) // an empty input may have no buffer at all, and memcpy must not see a null one
        std::memcpy(last.data(), bytes + whole * 64, tail);
    last[tail] = 0x80;
    const std::size_t lastBlocks = tail < 56 ? 1 : 2;
    const quint64 bits = quint64(size) * 8;
    for (int i = 0; i < 8; ++i)
        last[lastBlocks * 64 - 1 - std::size_t(i)] = static_cast<unsigned char>(bits >> (8 * i));
    compress(state, last.data(), lastBlocks);
    static const char hex[] = "0123456789abcdef";
    QByteArray out(64, Qt::Uninitialized);
    char* digits = out.data();
    for (std::size_t i = 0; i < 8; ++i) {
        for (int nibble = 7; nibble >= 0; --nibble)
            *digits++ = hex[(state[i] >> (4 * nibble)) & 0xf];
    }
    return out;
}

} // namespace

QByteArray sha256Hex(QByteArrayView data)
{
    static const Compress compress = chooseCompress();
    return hexDigest(compress, data.data(), std::size_t(data.size()));
}

QByteArray sha256HexPortable(QByteArrayView data)
{
    return hexDigest(compressPortable, data.data(), std::size_t(data.size()));
}

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString hashOf(const ChainFields& f)
{
    const QByteArray at = f.at.toUtf8();
    const QByteArray actor = f.actor.toUtf8();
    const QByteArray entity = f.entity.toUtf8();
    const QByteArray action = f.action.toUtf8();
    const QByteArray prevHash = f.prevHash.toUtf8();
    const auto utf8 = [](const Cell& cell) {
        return cell ? std::optional<QByteArray>(cell->toUtf8()) : std::nullopt;
    };
    const std::optional<QByteArray> field = utf8(f.field);
    const std::optional<QByteArray> oldValue = utf8(f.oldValue);
    const std::optional<QByteArray> newValue = utf8(f.newValue);
    ChainBytes bytes;
    bytes.seq = f.seq;
    bytes.at = at;
    bytes.actor = actor;
    bytes.entity = entity;
    bytes.entityId = f.entityId;
    bytes.action = action;
    bytes.field = field ? &*field : nullptr;
    bytes.oldValue = oldValue ? &*oldValue : nullptr;
    bytes.newValue = newValue ? &*newValue : nullptr;
    bytes.prevHash = prevHash;
    return QString::fromLatin1(hashOfUtf8(bytes));
}

QByteArray hashOfUtf8(const ChainBytes& f)
{
    // Written into one buffer kept from row to row, sized for the worst case first (every byte
    // escaped as \u00XX): no allocation and no bounds check per character.
    const auto cellSize = [](const QByteArray* cell) {
        return cell ? jsontext::maxQuotedSize(cell->size()) : qsizetype(4);
    };
    const qsizetype bound = 2 + 2 * 21 + 9 + jsontext::maxQuotedSize(f.at.size()) +
                            jsontext::maxQuotedSize(f.actor.size()) + jsontext::maxQuotedSize(f.entity.size()) +
                            jsontext::maxQuotedSize(f.action.size()) + cellSize(f.field) + cellSize(f.oldValue) +
                            cellSize(f.newValue) + f.newValueQuoted.size() + jsontext::maxQuotedSize(f.prevHash.size());
    thread_local std::string buffer;
    if (buffer.size() < std::size_t(bound))
        buffer.resize(std::size_t(bound));
    char* out = buffer.data();
    *out++ = '[';
    out = jsontext::writeNumber(out, f.seq);
    for (const QByteArrayView* part : {&f.at, &f.actor, &f.entity}) {
        *out++ = ',';
        out = jsontext::writeQuoted(out, *part);
    }
    *out++ = ',';
    out = jsontext::writeNumber(out, f.entityId);
    *out++ = ',';
    out = jsontext::writeQuoted(out, f.action);
    for (const QByteArray* cell : {f.field, f.oldValue, f.newValue}) {
        *out++ = ',';
        if (cell == f.newValue && cell && !f.newValueQuoted.isEmpty()) {
            std::memcpy(out, f.newValueQuoted.data(), std::size_t(f.newValueQuoted.size()));
            out += f.newValueQuoted.size();
        } else if (cell) {
            out = jsontext::writeQuoted(out, *cell);
        } else {
            std::memcpy(out, "null", 4);
            out += 4;
        }
    }
    *out++ = ',';
    out = jsontext::writeQuoted(out, f.prevHash);
    *out++ = ']';
    return sha256Hex(QByteArrayView(buffer.data(), out - buffer.data()));
}

} // namespace steward::audit
