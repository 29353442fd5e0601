// SPDX-License-Identifier: MIT
// Stage 1: bytes to text. UTF-8, UTF-16 and the legacy Korean encodings are read (a BOM
// dropped), invalid bytes are an error with a position or, when lossy, U+FFFD with a note,
// and the text comes out in NFC.
#include "test_support.h"

namespace kbrief::test {
namespace {

TEST(DecodeTest, PlainUtf8PassesThrough) {
  auto t = decode("한미 NCG\n");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->text, "한미 NCG\n");
  EXPECT_EQ(t->encoding, "UTF-8");
  EXPECT_EQ(t->input_bytes, 11u);
  EXPECT_FALSE(t->had_bom);
  EXPECT_FALSE(t->normalized());
}

TEST(DecodeTest, ByteOrderMarkIsDropped) {
  auto t = decode("\xEF\xBB\xBF가나\n");
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->had_bom);
  EXPECT_EQ(t->text, "가나\n");
  EXPECT_EQ(t->input_bytes, 10u);
}

TEST(DecodeTest, DecomposedHangulIsComposed) {
  // 한 as conjoining jamo: U+1112 U+1161 U+11AB
  auto t = decode("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB국\n");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->text, "한국\n");
  EXPECT_TRUE(t->normalized());
  // Offsets after the rewritten span map back to the text as read.
  EXPECT_EQ(t->source_offset(3), 9u);
  EXPECT_EQ(t->source_offset(0), 0u);
}

TEST(DecodeTest, MarksThatComposeWithTheCharacterBeforeAreFound) {
  // Each case hides what NFC changes behind Hangul or ASCII, which the check passes over:
  // a final jamo after a syllable (하 + ᆫ), an acute after a letter, a mark after a mark.
  for (const char* input :
       {"가나다 하\xE1\x86\xAB 국\n", "abc e\xCC\x81 x\n", "가 a\xCC\xA3\xCC\x87 나\n",
        "\xE1\x84\x92\xE1\x85\xA1\n", "a\xCC\x81\xCC\xA3 x\n"}) {
    auto t = decode(input);
    ASSERT_TRUE(t) << input;
    EXPECT_TRUE(t->normalized()) << input;
  }
  // Already composed, with marks and symbols between syllables: nothing to do.
  auto t = decode("가 “나” ① é 中 ◎\n");
  ASSERT_TRUE(t);
  EXPECT_FALSE(t->normalized());
}

TEST(DecodeTest, EmptyInputIsEmptyText) {
  auto t = decode("");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->text, "");
}

// Error paths: each message and position is asserted whole.
TEST(DecodeTest, InvalidByteNamesLineColumnAndByte) {
  auto t = decode("첫 줄\n둘째 \xFF 줄\n");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().kind, InputErrorKind::invalid_bytes);
  EXPECT_EQ(t.error().message, "invalid UTF-8 byte 0xFF");
  EXPECT_EQ(t.error().line, 2u);
  EXPECT_EQ(t.error().column, 4u);
  EXPECT_EQ(t.error().kind, InputErrorKind::invalid_bytes);
}

DecodeOptions utf8() {
  DecodeOptions options;
  options.encoding = "UTF-8";
  return options;
}

TEST(DecodeTest, TruncatedSequenceAtEnd) {
  auto t = decode("abc\xE2\x80", utf8());
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message, "invalid UTF-8 sequence 0xE2 0x80 (truncated at end of input)");
  EXPECT_EQ(t.error().line, 1u);
  EXPECT_EQ(t.error().column, 4u);
}

TEST(DecodeTest, StrayContinuationByte) {
  auto t = decode("a\r\nb\x80", utf8());
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message, "invalid UTF-8 byte 0x80 (a continuation byte without a lead byte)");
  EXPECT_EQ(t.error().line, 2u);
  EXPECT_EQ(t.error().column, 2u);
}

TEST(DecodeTest, OverlongAndSurrogateFormsAreInvalid) {
  EXPECT_FALSE(decode("\xC0\xAF"));
  EXPECT_FALSE(decode("\xE0\x80\xAF"));
  EXPECT_FALSE(decode("\xED\xA0\x80"));
  EXPECT_FALSE(decode("\xF4\x90\x80\x80"));
}

TEST(DecodeTest, ColumnsCountFromAfterAFormFeed) {
  auto t = decode("a\n\f가\xFF", utf8());
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().line, 2u);
  EXPECT_EQ(t.error().column, 2u);
}

TEST(DecodeTest, NulByteMeansBinary) {
  auto t = decode(std::string("text\0more", 9));
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().kind, InputErrorKind::binary);
  EXPECT_EQ(t.error().message, "NUL byte: this looks like a binary file, not text");
  EXPECT_EQ(t.error().column, 5u);
}

TEST(DecodeTest, OversizedInputIsRefused) {
  DecodeOptions options;
  options.max_bytes = 4;
  auto t = decode("12345", options);
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().kind, InputErrorKind::too_large);
}

// Encodings (issue: every input a user can throw at kbrief). Byte strings below were made
// with Python's codecs; each test states what they say.

// "한미 핵협의그룹 회의가 열렸다.\n둘째 줄이다.\n" in EUC-KR.
const std::string kEucKr =
    "\xC7\xD1\xB9\xCC\x20\xC7\xD9\xC7\xF9\xC0\xC7\xB1\xD7\xB7\xEC\x20\xC8\xB8\xC0\xC7\xB0\xA1"
    "\x20\xBF\xAD\xB7\xC8\xB4\xD9\x2E\x0A\xB5\xD1\xC2\xB0\x20\xC1\xD9\xC0\xCC\xB4\xD9\x2E\x0A";

DecodeOptions forced(const char* name, bool lossy = false) {
  DecodeOptions options;
  options.encoding = name;
  options.lossy = lossy;
  return options;
}

TEST(DecodeEncodings, EucKrIsDetected) {
  auto t = decode(kEucKr);
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->encoding, "EUC-KR");
  EXPECT_EQ(t->text, "한미 핵협의그룹 회의가 열렸다.\n둘째 줄이다.\n");
}

TEST(DecodeEncodings, Cp949ExtensionsAreDetectedAsCp949) {
  // "똠방각하 펲시콜라\n": 똠 and 펲 exist only in CP949 (UHC), not in EUC-KR.
  auto t = decode("\x8C\x63\xB9\xE6\xB0\xA2\xC7\xCF\x20\xBC\x84\xBD\xC3\xC4\xDD\xB6\xF3\x0A");
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->encoding, "CP949");
  EXPECT_EQ(t->text, "똠방각하 펲시콜라\n");
}

TEST(DecodeEncodings, ByteOrderMarksSayUtf16AndAreNoText) {
  // "한국어\n" in UTF-16LE and UTF-16BE, each after its byte order mark.
  auto le = decode(std::string("\xFF\xFE\x5C\xD5\x6D\xAD\xB4\xC5\x0A\x00", 10));
  ASSERT_TRUE(le) << le.error().message;
  EXPECT_EQ(le->encoding, "UTF-16LE");
  EXPECT_EQ(le->text, "한국어\n");
  EXPECT_TRUE(le->had_bom);
  auto be = decode(std::string("\xFE\xFF\xD5\x5C\xAD\x6D\xC5\xB4\x00\x0A", 10));
  ASSERT_TRUE(be) << be.error().message;
  EXPECT_EQ(be->encoding, "UTF-16BE");
  EXPECT_EQ(be->text, "한국어\n");
  auto utf32 = decode(std::string("\xFF\xFE\0\0\x5C\xD5\0\0\x0A\0\0\0", 12));
  ASSERT_TRUE(utf32) << utf32.error().message;
  EXPECT_EQ(utf32->encoding, "UTF-32LE");
  EXPECT_EQ(utf32->text, "한\n");
  auto utf8 = decode("\xEF\xBB\xBF한국어\n");
  ASSERT_TRUE(utf8);
  EXPECT_EQ(utf8->encoding, "UTF-8");
  EXPECT_EQ(utf8->text, "한국어\n");
}

TEST(DecodeEncodings, Utf16ZeroBytesAreNotBinaryButUPlus0000Is) {
  auto text =
      decode(std::string("\xFF\xFE"
                         "a\0b\0\n\0",
                         8));
  ASSERT_TRUE(text) << text.error().message;
  EXPECT_EQ(text->text, "ab\n");
  auto nul =
      decode(std::string("\xFF\xFE"
                         "a\0\0\0b\0",
                         8));
  ASSERT_FALSE(nul);
  EXPECT_EQ(nul.error().kind, InputErrorKind::binary);
  EXPECT_EQ(nul.error().column, 2u);
}

TEST(DecodeEncodings, WeakEvidenceIsAnErrorNamingEncodingsToTry) {
  // Latin-1 accents in English: not UTF-8, and ICU's detector gives ISO-8859-1 only 45.
  auto t = decode("caf\xE9 na\xEFve r\xE9sum\xE9 and more english text here\n");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().kind, InputErrorKind::undetected_encoding);
  EXPECT_EQ(t.error().line, 1u);
  EXPECT_EQ(t.error().column, 4u);
  EXPECT_NE(t.error().message.find("invalid UTF-8 byte 0xE9"), std::string::npos);
  EXPECT_EQ(t.error().encodings_to_try.at(0), "EUC-KR");
  EXPECT_EQ(t.error().encodings_to_try.at(1), "CP949");
  // Two Korean syllables in EUC-KR are too few to be sure of either.
  auto few = decode("\xB0\xA1\xB3\xAA\x0A");
  ASSERT_FALSE(few);
  EXPECT_EQ(few.error().kind, InputErrorKind::undetected_encoding);
  // Forced, the same bytes read.
  auto forced_few = decode("\xB0\xA1\xB3\xAA\x0A", forced("EUC-KR"));
  ASSERT_TRUE(forced_few);
  EXPECT_EQ(forced_few->text, "가나\n");
}

TEST(DecodeEncodings, DetectorNamesWithoutAConverterAreNotChosen) {
  // Found by fuzzing: ICU's detector may answer "IBM420_ltr", which no converter opens.
  auto t = decode("\xFF\xB9");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().kind, InputErrorKind::undetected_encoding) << t.error().message;
}

TEST(DecodeEncodings, ValidUtf8WinsOverEverything) {
  // Bytes that are valid UTF-8 are read as UTF-8 even where another encoding would also
  // read them ("Ä" is C3 84 in UTF-8; as EUC-KR the same bytes would be one syllable).
  auto t = decode("\xC3\x84\n");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->encoding, "UTF-8");
  EXPECT_EQ(t->text, "Ä\n");
}

TEST(DecodeEncodings, ForcedEncodingNamesItsInvalidBytesWithPosition) {
  // Line 2 of kEucKr with its second syllable's trail byte broken (0xD1 -> 0x21).
  std::string bad = kEucKr;
  bad[bad.find("\xB5\xD1") + 1] = '\x21';
  auto t = decode(bad, forced("EUC-KR"));
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().kind, InputErrorKind::invalid_bytes);
  EXPECT_EQ(t.error().message, "invalid EUC-KR byte sequence 0xB5");
  EXPECT_EQ(t.error().line, 2u);
  EXPECT_EQ(t.error().column, 1u);
}

TEST(DecodeEncodings, LossyReplacesEachInvalidSequenceAndSaysWhere) {
  auto t = decode("첫 줄\n둘\xFF째 \xE2\x82 줄\n", forced("auto", true));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->text, "첫 줄\n둘\uFFFD째 \uFFFD 줄\n");
  ASSERT_EQ(t->replaced.size(), 2u);
  EXPECT_EQ(t->replaced[0].message, "invalid UTF-8 byte 0xFF");
  EXPECT_EQ(t->replaced[0].line, 2u);
  EXPECT_EQ(t->replaced[0].column, 2u);
  EXPECT_EQ(t->replaced[1].message, "invalid UTF-8 sequence 0xE2 0x82");
  EXPECT_EQ(t->replaced[1].column, 5u);

  std::string bad = kEucKr;
  bad[bad.find("\xB5\xD1") + 1] = '\x21';
  auto euc = decode(bad, forced("EUC-KR", true));
  ASSERT_TRUE(euc);
  EXPECT_EQ(euc->text, "한미 핵협의그룹 회의가 열렸다.\n\uFFFD!째 줄이다.\n");
  ASSERT_EQ(euc->replaced.size(), 1u);
  EXPECT_EQ(euc->replaced[0].line, 2u);
  EXPECT_EQ(euc->replaced[0].column, 1u);
}

TEST(DecodeEncodings, UnknownNamesAreUsageErrors) {
  EXPECT_FALSE(is_known_encoding("no-such-encoding"));
  EXPECT_TRUE(is_known_encoding("auto"));
  EXPECT_TRUE(is_known_encoding("cp949"));
  auto t = decode("abc", forced("no-such-encoding"));
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().kind, InputErrorKind::unknown_encoding);
}

TEST(DecodeEncodings, ForcedNamesAreReportedByTheirStandardNames) {
  auto t = decode("caf\xE9\n", forced("latin1"));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->encoding, "ISO-8859-1");
  EXPECT_EQ(t->text, "café\n");
  auto k = decode(kEucKr, forced("cp949"));
  ASSERT_TRUE(k);
  EXPECT_EQ(k->encoding, "CP949");
}

TEST(DecodeEncodings, SpacesAndInvisiblesAreKeptAndJamoComposed) {
  // Tabs, U+00A0, U+3000 and zero-width characters are text; decomposed jamo are composed.
  auto t = decode("a\tb\u00A0c\u3000d\u200Be\n\u1112\u1161\u11AB\n");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->text, "a\tb\u00A0c\u3000d\u200Be\n한\n");
  EXPECT_TRUE(t->normalized());
  EXPECT_EQ(t->as_read(), "a\tb\u00A0c\u3000d\u200Be\n\u1112\u1161\u11AB\n");
}

}  // namespace
}  // namespace kbrief::test
