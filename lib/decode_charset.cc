// SPDX-License-Identifier: MIT
#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <utility>
#include <vector>

#include "decode_detail.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Where ICU's to-Unicode callback writes each U+FFFD, as an index into the UTF-16 buffer.
struct CallbackContext {
  const UChar* base = nullptr;
  std::vector<std::pair<std::size_t, std::string>> invalid;  // UTF-16 index, bytes
};

void record_and_substitute(const void* context, UConverterToUnicodeArgs* args,
                           const char* code_units, int32_t length, UConverterCallbackReason reason,
                           UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing was met
  auto* ctx = static_cast<CallbackContext*>(const_cast<void*>(context));
  std::string bytes;
  for (int32_t k = 0; k < length; ++k)
    bytes += fmt::format("{}0x{:02X}", k ? " " : "", static_cast<unsigned char>(code_units[k]));
  ctx->invalid.emplace_back(static_cast<std::size_t>(args->target - ctx->base), std::move(bytes));
  static const UChar replacement = 0xFFFD;
  *error = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, error);
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

bool is_hangul_or_hanja(char32_t c) {
  return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0x3130 && c <= 0x318F) || (c >= 0xF900 && c <= 0xFAFF);
}

// Whether reading the bytes as `name` gives a C1 control (U+0080–U+009F): a byte that a legacy
// table passed through as it was, so the guess is wrong.
bool has_c1_controls(std::string_view bytes, const std::string& name) {
  std::optional<Converted> c = convert_to_utf8(bytes, name);
  if (!c) return true;
  // C1 controls are C2 80 … C2 9F in UTF-8.
  for (std::size_t i = c->utf8.find('\xC2'); i != std::string::npos && i + 1 < c->utf8.size();
       i = c->utf8.find('\xC2', i + 1))
    if (static_cast<unsigned char>(c->utf8[i + 1]) <= 0x9F) return true;
  return false;
}

// How sure a strict reading as Korean is: 0 when a sequence is invalid; else the share of
// its non-ASCII characters that are Hangul or Hanja, scaled down below 8 such characters.
int korean_confidence(std::string_view bytes, const std::string& name) {
  std::optional<Converted> c = convert_to_utf8(bytes, name);
  if (!c || !c->invalid.empty()) return 0;
  std::size_t non_ascii = 0, korean = 0;
  for (std::size_t i = 0; i < c->utf8.size();) {
    char32_t cp = next_code_point(c->utf8, i);
    if (cp < 0x80) continue;
    // A C1 control is a byte the legacy table passed through as it was: the wrong table.
    if (cp <= 0x9F) return 0;
    ++non_ascii;
    korean += is_hangul_or_hanja(cp);
  }
  if (non_ascii == 0) return 0;
  double share = static_cast<double>(korean) / static_cast<double>(non_ascii);
  double weight = std::min(1.0, static_cast<double>(non_ascii) / 8.0);
  return static_cast<int>(100.0 * share * weight);
}

// The converter ICU should open for `name`. Windows' Korean code page goes by several names,
// and ICU's alias "CP949" opens IBM's table (ibm-949), which differs from what Windows
// writes: every spelling of it opens windows-949.
std::string converter_name(const std::string& name) {
  std::string key = upper(name);
  std::erase_if(key, [](char c) { return c == '-' || c == '_'; });
  if (key == "CP949" || key == "UHC" || key == "MS949" || key == "WINDOWS949") return "windows-949";
  return name;
}

ConverterPtr open_converter(const std::string& name, UErrorCode& status) {
  return ConverterPtr(ucnv_open(converter_name(name).c_str(), &status));
}

// Whether the bytes hold a double-byte character only CP949 (Unified Hangul Code) has: a lead
// byte below EUC-KR's range (0x81–0xA0), or an EUC-KR lead byte with a trail byte below
// EUC-KR's range (letters or 0x81–0xA0). EUC-KR cannot read such a file.
bool has_uhc_only_characters(std::string_view bytes) {
  for (std::size_t i = 0; i + 1 < bytes.size(); ++i) {
    auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x81) continue;
    auto trail = static_cast<unsigned char>(bytes[i + 1]);
    if (lead <= 0xA0) return true;
    if (lead <= 0xC6 && trail < 0xA1 &&
        ((trail >= 0x41 && trail <= 0x5A) || (trail >= 0x61 && trail <= 0x7A) || trail >= 0x81))
      return true;
    ++i;  // a whole double-byte character
  }
  return false;
}

}  // namespace

std::optional<Converted> convert_to_utf8(std::string_view bytes, const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr cnv = open_converter(name, status);
  if (U_FAILURE(status)) return std::nullopt;
  CallbackContext ctx;
  ucnv_setToUCallBack(cnv.get(), record_and_substitute, &ctx, nullptr, nullptr, &status);

  // ICU takes at most 2^31 bytes of source and 2^30 units of target per call: the input is
  // given in slices and converted through a fixed buffer, so inputs of any size convert.
  constexpr std::size_t kSlice = std::size_t{1} << 28;
  std::vector<UChar> buffer(std::size_t{1} << 16);
  Converted out;
  out.utf8.reserve(bytes.size() + bytes.size() / 2);
  UChar pending_lead = 0;  // a lead surrogate whose trail comes with the next batch
  const char* source = bytes.data();
  const char* const end = bytes.data() + bytes.size();
  for (;;) {
    const char* slice_end =
        end - source > static_cast<std::ptrdiff_t>(kSlice) ? source + kSlice : end;
    bool last = slice_end == end;
    UChar* target = buffer.data();
    ctx.base = buffer.data();
    ctx.invalid.clear();
    ucnv_toUnicode(cnv.get(), &target, buffer.data() + buffer.size(), &source, slice_end, nullptr,
                   last, &status);
    bool more = status == U_BUFFER_OVERFLOW_ERROR;
    if (more) status = U_ZERO_ERROR;
    if (U_FAILURE(status)) return std::nullopt;
    // Append this batch's characters, each invalid sequence recorded where its U+FFFD goes.
    std::size_t length = static_cast<std::size_t>(target - buffer.data());
    std::size_t next = 0;
    for (std::size_t i = 0; i < length;) {
      while (next < ctx.invalid.size() && ctx.invalid[next].first <= i) {
        out.invalid.push_back({out.utf8.size(), std::move(ctx.invalid[next].second)});
        ++next;
      }
      UChar unit = buffer[i++];
      if (pending_lead) {
        UChar lead = std::exchange(pending_lead, 0);
        if (U16_IS_TRAIL(unit)) {
          append_utf8(out.utf8, static_cast<char32_t>(U16_GET_SUPPLEMENTARY(lead, unit)));
          continue;
        }
        append_utf8(out.utf8, 0xFFFD);
      }
      if (U16_IS_LEAD(unit) && i == length) {
        pending_lead = unit;
      } else if (U16_IS_LEAD(unit) && U16_IS_TRAIL(buffer[i])) {
        append_utf8(out.utf8, static_cast<char32_t>(U16_GET_SUPPLEMENTARY(unit, buffer[i])));
        ++i;
      } else {
        append_utf8(out.utf8, U_IS_SURROGATE(unit) ? 0xFFFD : static_cast<char32_t>(unit));
      }
    }
    for (; next < ctx.invalid.size(); ++next)
      out.invalid.push_back({out.utf8.size(), std::move(ctx.invalid[next].second)});
    if (!more && last) break;
  }
  if (pending_lead) append_utf8(out.utf8, 0xFFFD);
  return out;
}

namespace {

// ICU's own name of the converter `name` opens ("windows-949-2000" for "cp949").
std::string internal_name(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr cnv = open_converter(name, status);
  if (U_FAILURE(status)) return {};
  const char* internal = ucnv_getName(cnv.get(), &status);
  return internal && U_SUCCESS(status) ? internal : "";
}

}  // namespace

Detection detect_encoding(std::string_view bytes) {
  Detection best;
  for (const char* korean : {"EUC-KR", "windows-949"}) {
    // CP949 extends EUC-KR: the narrower reading is enough unless a character needs the
    // wider one.
    if (korean == std::string_view("EUC-KR") && has_uhc_only_characters(bytes)) continue;
    int confidence = korean_confidence(bytes, korean);
    if (confidence > best.confidence) best = {korean, confidence, {}};
    if (confidence > 0) break;
  }

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  // The detector's statistics settle long before a megabyte.
  std::string_view sample = bytes.substr(0, std::min<std::size_t>(bytes.size(), 1 << 20));
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  std::vector<std::string> suggestions = {"EUC-KR", "CP949"};
  for (int32_t k = 0; U_SUCCESS(status) && k < count; ++k) {
    std::string name = ucsdet_getName(matches[k], &status);
    int confidence = ucsdet_getConfidence(matches[k], &status);
    // The caller has ruled UTF-8 out; some of the detector's names ("IBM420_ltr") name
    // no converter.
    if (U_FAILURE(status) || is_utf8_name(name) || internal_name(name).empty()) continue;
    if (confidence > best.confidence && !has_c1_controls(sample, name))
      best = {name, confidence, {}};
    if (suggestions.size() < 5 &&
        std::find(suggestions.begin(), suggestions.end(), name) == suggestions.end())
      suggestions.push_back(name);
  }
  best.candidates = std::move(suggestions);
  return best;
}

std::string display_name(const std::string& name) {
  std::string internal = internal_name(name);
  if (internal.empty()) return upper(name);
  if (internal.rfind("windows-949", 0) == 0 || internal.rfind("ibm-1363", 0) == 0) return "CP949";
  for (const char* standard : {"MIME", "IANA"}) {
    UErrorCode status = U_ZERO_ERROR;
    if (const char* known = ucnv_getStandardName(internal.c_str(), standard, &status);
        known && U_SUCCESS(status))
      return known;
  }
  return upper(name);
}

bool is_utf8_name(const std::string& name) {
  return internal_name(name) == "UTF-8";
}

}  // namespace kbrief::detail
