// SPDX-License-Identifier: MIT
#include "kbrief/document.h"

namespace kbrief {

std::string_view to_string(SourceFormat format) {
  return format == SourceFormat::pdf ? "pdf" : "text";
}

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
  }
  return "warning";
}

}  // namespace kbrief
