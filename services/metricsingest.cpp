#include "metricsingest.h"

#include "apiserver.h"
#include "database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opsdesk::metricsingest {
namespace {

/// What parseTolerant() puts in place of an out-of-range number: U+0001 cannot appear
/// unescaped in JSON text, so no sender writes it by accident.
const QString kOutOfRange = u"\u0001number:"_s;
constexpr int kMaxReplacements = 64;

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

void checkMembers(const QJsonObject &object, const QStringList &allowed, const QString &field,
                  FieldErrors &errors)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            errors.add(field.isEmpty() ? it.key() : field + u'.' + it.key(),
                       u"is not a known field (allowed: %1)"_s.arg(allowed.join(u", "_s)));
        }
    }
}

std::optional<double> valueOf(const QJsonValue &value, const QString &field, FieldErrors &errors)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::abs(number) <= kMaxMagnitude) {
            return number;
        }
        if (std::isfinite(number)) {
            errors.add(field, u"must be between -1e15 and 1e15"_s);
            return std::nullopt;
        }
    } else if (value.isString() && value.toString().startsWith(kOutOfRange)) {
        errors.add(field, u"%1 is outside the range of a double precision number (it would "
                          u"become infinity or lose all precision)"_s.arg(
                              value.toString().mid(kOutOfRange.size())));
        return std::nullopt;
    } else if (value.isUndefined()) {
        errors.add(field, u"is required: a finite JSON number"_s);
        return std::nullopt;
    } else if (value.isNull()) {
        errors.add(field, u"must be a finite JSON number, not null"_s);
        return std::nullopt;
    } else if (value.isString()) {
        errors.add(field, u"must be a finite JSON number, not a string (JSON has no NaN or "
                          u"Infinity; leave the sample out instead)"_s);
        return std::nullopt;
    }
    errors.add(field, u"must be a finite JSON number"_s);
    return std::nullopt;
}

std::optional<QDateTime> timeOf(const QJsonValue &value, const QDateTime &now, const QString &field,
                                FieldErrors &errors)
{
    if (value.isUndefined()) {
        return now;
    }
    // RFC 3339 section 5.6 date-time: full-date "T" full-time with a mandatory offset (T and Z
    // may be lower case; a space instead of T is allowed by its note, and taken here too).
    static const QRegularExpression rfc3339(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})$"_s);
    const QString text = value.toString();
    const auto match = rfc3339.match(text);
    QDateTime at;
    if (value.isString() && match.hasMatch()) {
        QString normal = text.toUpper();
        normal[10] = u'T';
        at = QDateTime::fromString(normal, Qt::ISODateWithMs);
    }
    if (!at.isValid()) {
        errors.add(field, u"must be an RFC 3339 date-time with a time-zone offset, e.g. "
                          u"2026-11-21T08:00:00Z or 2026-11-21T10:00:00.250+02:00"_s);
        return std::nullopt;
    }
    at = at.toUTC();
    if (at > now.addSecs(std::chrono::seconds(kMaxAhead).count())) {
        errors.add(field, u"is more than %1 seconds ahead of the server's clock (%2)"_s
                              .arg(kMaxAhead.count())
                              .arg(now.toString(Qt::ISODate)));
        return std::nullopt;
    }
    if (at < now.addSecs(-std::chrono::seconds(kRawRetention).count())) {
        errors.add(field,
                   u"is older than the %1-day retention of raw samples; samples that "
                   u"old are not kept"_s.arg(
                       std::chrono::duration_cast<std::chrono::hours>(kRawRetention).count() / 24));
        return std::nullopt;
    }
    return at;
}

QString floatArrayLiteral(const QList<Sample> &samples)
{
    QString out = u"{"_s;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        if (i > 0) {
            out += u',';
        }
        out += QString::number(samples[i].value, 'g', QLocale::FloatingPointShortest);
    }
    return out + u'}';
}

} // namespace

bool isValidSeriesName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_]{0,99}$"_s);
    return pattern.match(name).hasMatch();
}

std::optional<QJsonObject> parseTolerant(const QByteArray &body, QString &error, qsizetype &offset)
{
    QByteArray text = body;
    for (int replaced = 0; replaced <= kMaxReplacements; ++replaced) {
        QJsonParseError parseError{};
        const auto document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            if (!document.isObject()) {
                error = u"the body is JSON but not an object"_s;
                offset = 0;
                return std::nullopt;
            }
            return document.object();
        }
        error = parseError.errorString();
        offset = parseError.offset;
        if (parseError.error != QJsonParseError::IllegalNumber || replaced == kMaxReplacements) {
            return std::nullopt;
        }
        // Qt reports the offset just after the number it could not represent.
        qsizetype end = std::min<qsizetype>(parseError.offset, text.size());
        qsizetype start = end;
        while (start > 0 && isNumberChar(text.at(start - 1))) {
            --start;
        }
        const QByteArray token = text.mid(start, end - start);
        static const QRegularExpression number(
            u"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)$"_s);
        if (token.isEmpty() || !number.match(QString::fromLatin1(token)).hasMatch()) {
            return std::nullopt; // malformed, not merely out of range
        }
        text.replace(start, end - start, QByteArray("\"\\u0001number:" + token + '"'));
    }
    return std::nullopt;
}

QList<Sample> validate(const QJsonObject &body, const QDateTime &now, FieldErrors &errors)
{
    QList<Sample> samples;
    checkMembers(body, {u"samples"_s}, {}, errors);
    const QJsonValue list = body.value(u"samples"_s);
    if (!list.isArray()) {
        errors.add(u"samples"_s, list.isUndefined()
                                     ? u"is required: an array of {\"series\",\"value\",\"at\"}"_s
                                     : u"must be an array of {\"series\",\"value\",\"at\"}"_s);
        return {};
    }
    const QJsonArray array = list.toArray();
    if (array.isEmpty()) {
        errors.add(u"samples"_s, u"must hold at least one sample"_s);
        return {};
    }
    if (array.size() > kMaxSamples) {
        errors.add(u"samples"_s,
                   u"holds %1 samples; at most %2 are accepted per request, send the rest in "
                   u"another request"_s.arg(array.size())
                       .arg(kMaxSamples));
        return {};
    }
    QHash<std::pair<QString, qint64>, qsizetype> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"samples[%1]"_s.arg(i);
        if (!array.at(i).isObject()) {
            errors.add(field, u"must be an object {\"series\",\"value\",\"at\"}"_s);
            continue;
        }
        const QJsonObject item = array.at(i).toObject();
        checkMembers(item, {u"series"_s, u"value"_s, u"at"_s}, field, errors);
        const QJsonValue series = item.value(u"series"_s);
        const bool seriesOk = series.isString() && isValidSeriesName(series.toString());
        if (!seriesOk) {
            errors.add(field + u".series"_s,
                       u"must be a series name: a lower-case letter or _, then up to 99 lower-case "
                       u"letters, digits or _"_s);
        }
        const auto value = valueOf(item.value(u"value"_s), field + u".value"_s, errors);
        const auto at = timeOf(item.value(u"at"_s), now, field + u".at"_s, errors);
        if (!seriesOk || !value || !at) {
            continue;
        }
        const std::pair key{series.toString(), at->toMSecsSinceEpoch()};
        if (const auto first = seen.constFind(key); first != seen.cend()) {
            errors.add(field, u"repeats samples[%1]: same series and time"_s.arg(first.value()));
            continue;
        }
        seen.insert(key, i);
        samples.append({series.toString(), *value, *at});
    }
    return errors.isEmpty() ? samples : QList<Sample>{};
}

Stored store(const QSqlDatabase &db, const QList<Sample> &samples)
{
    QStringList names;
    QStringList times;
    names.reserve(samples.size());
    times.reserve(samples.size());
    for (const Sample &sample : samples) {
        names.append(sample.series);
        times.append(sample.at.toUTC().toString(Qt::ISODateWithMs));
    }
    auto query =
        exec(db, uR"(
WITH input AS (
    SELECT * FROM unnest(?::text[], ?::float8[], ?::timestamptz[]) AS i (name, value, at)),
known AS (
    SELECT i.name, i.value, i.at, s.id, s.source
      FROM input i LEFT JOIN opsdesk.metric_series s ON s.name = i.name),
refused AS (
    SELECT DISTINCT name, source FROM known WHERE id IS NULL OR source = 'builtin'),
inserted AS (
    INSERT INTO opsdesk.metric_samples (series_id, at, value)
    SELECT id, at, value FROM known WHERE NOT EXISTS (SELECT FROM refused)
    ON CONFLICT DO NOTHING
    RETURNING 1)
SELECT (SELECT count(*) FROM inserted),
       (SELECT string_agg(name, ',' ORDER BY name) FROM refused WHERE source IS NULL),
       (SELECT string_agg(name, ',' ORDER BY name) FROM refused WHERE source = 'builtin'))"_s,
             {textArrayLiteral(names), floatArrayLiteral(samples), textArrayLiteral(times)});
    Stored result;
    if (!query.next()) {
        throw DatabaseError(u"the samples were not stored"_s);
    }
    result.stored = query.value(0).toInt();
    result.unknown = query.value(1).toString().split(u',', Qt::SkipEmptyParts);
    result.builtIn = query.value(2).toString().split(u',', Qt::SkipEmptyParts);
    result.duplicates = result.unknown.isEmpty() && result.builtIn.isEmpty()
                            ? int(samples.size()) - result.stored
                            : 0;
    return result;
}

} // namespace opsdesk::metricsingest
