// SPDX-License-Identifier: MIT
// The PDF reader of a kbrief built without poppler (-DKBRIEF_PDF=OFF): every PDF is refused,
// with a message that says how to get one that reads them.
#include "kbrief/pdf.h"

namespace kbrief {

bool pdf_supported() {
  return false;
}

Expected<PdfText> read_pdf(std::string, const PdfOptions&) {
  return InputError{InputErrorKind::pdf_unsupported,
                    "a PDF, and this kbrief was built without PDF support: rebuild it with "
                    "-DKBRIEF_PDF=ON (needs libpoppler-cpp-dev), or extract the text first "
                    "(pdftotext FILE.pdf - | kbrief ... -)"};
}

}  // namespace kbrief
