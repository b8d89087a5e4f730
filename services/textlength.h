#pragma once

#include <QString>

namespace opsdesk {

/// The length of @p text in characters (Unicode code points) — how WhatsApp's 4,096-character
/// limit and PostgreSQL's char_length() count — not in UTF-16 units: an emoji is one, not two.
inline qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // The high half of a surrogate pair is not counted; its low half is.
        const bool pairStart =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        count += pairStart ? 0 : 1;
    }
    return count;
}

} // namespace opsdesk
