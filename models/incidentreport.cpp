#include "incidentreport.h"

#include "database.h"
#include "incidentdetail.h"
#include "incidentlistmodel.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

constexpr int kDpi = 300;
constexpr int kSnapshotMinutes = 30;

double mm(double millimetres)
{
    return millimetres / 25.4 * kDpi;
}

const QColor kText(0x16, 0x20, 0x2a);
const QColor kMuted(0x5f, 0x6d, 0x7a);
const QColor kBorder(0xe1, 0xe6, 0xea);
const QColor kAccent(0x12, 0x8c, 0x7e);
const QColor kDanger(0xc9, 0x30, 0x2c);

QColor severityColour(const QString &severity)
{
    if (severity == u"critical") {
        return kDanger;
    }
    if (severity == u"high") {
        return {0xb7, 0x79, 0x1f};
    }
    if (severity == u"medium") {
        return {0x1e, 0x6f, 0xd9};
    }
    return kMuted;
}

/// Lays text out top to bottom on A4 pages, starting a new page when the next block does not
/// fit.
class Layout
{
public:
    Layout(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_left(mm(18))
        , m_width(writer.width() - 2 * mm(18))
        , m_top(mm(16))
        , m_bottom(writer.height() - mm(16))
        , m_y(m_top)
    {}

    [[nodiscard]] double left() const { return m_left; }
    [[nodiscard]] double width() const { return m_width; }
    [[nodiscard]] double y() const { return m_y; }
    void advance(double by) { m_y += by; }

    void ensure(double height)
    {
        if (m_y + height > m_bottom) {
            m_writer.newPage();
            m_y = m_top;
        }
    }

    QFont font(double points, bool bold = false) const
    {
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(points);
        font.setBold(bold);
        return font;
    }

    /// A paragraph across the page; returns its height.
    double paragraph(const QString &text, double points, const QColor &colour, bool bold = false,
                     double indent = 0)
    {
        m_painter.setFont(font(points, bold));
        const QRectF box(m_left + indent, m_y, m_width - indent, 1e6);
        const QRectF needed = m_painter.boundingRect(box, Qt::TextWordWrap, text);
        ensure(needed.height());
        m_painter.setPen(colour);
        m_painter.drawText(QRectF(m_left + indent, m_y, m_width - indent, needed.height()),
                           Qt::TextWordWrap, text);
        m_y += needed.height();
        return needed.height();
    }

    void heading(const QString &text)
    {
        m_y += mm(5);
        ensure(mm(14));
        paragraph(text, 12, kText, true);
        m_painter.setPen(QPen(kBorder, mm(0.3)));
        m_painter.drawLine(QPointF(m_left, m_y + mm(1)), QPointF(m_left + m_width, m_y + mm(1)));
        m_y += mm(3);
    }

    /// Label: value rows (a definition list).
    void field(const QString &label, const QString &value)
    {
        if (value.isEmpty()) {
            return;
        }
        const double labelWidth = mm(38);
        m_painter.setFont(font(9.5));
        const QRectF valueBox(m_left + labelWidth, m_y, m_width - labelWidth, 1e6);
        const double height =
            std::max(m_painter.boundingRect(valueBox, Qt::TextWordWrap, value).height(),
                     m_painter.fontMetrics().height() * 1.0);
        ensure(height);
        m_painter.setPen(kMuted);
        m_painter.drawText(QRectF(m_left, m_y, labelWidth, height), Qt::AlignLeft | Qt::AlignTop,
                           label);
        m_painter.setPen(kText);
        m_painter.drawText(QRectF(m_left + labelWidth, m_y, m_width - labelWidth, height),
                           Qt::TextWordWrap, value);
        m_y += height + mm(1.2);
    }

    QPainter &painter() { return m_painter; }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    double m_left;
    double m_width;
    double m_top;
    double m_bottom;
    double m_y;
};

QString axisTime(double epoch)
{
    return QDateTime::fromSecsSinceEpoch(qint64(epoch), Qt::UTC).toLocalTime().toString(u"HH:mm"_s);
}

/// The metric chart: the points as a line, the threshold dashed in the danger colour, the
/// incident's opening marked, axes labelled with times and values.
void drawChart(QPainter &painter, const QRectF &area, const IncidentReport::Content &content)
{
    const QFont font = [&] {
        QFont f(u"DejaVu Sans"_s);
        f.setPointSizeF(7.5);
        return f;
    }();
    painter.setFont(font);
    const double labelWidth = mm(16);
    const double labelHeight = mm(6);
    const QRectF plot(area.left() + labelWidth, area.top() + mm(2),
                      area.width() - labelWidth - mm(2), area.height() - labelHeight - mm(2));
    painter.setPen(QPen(kBorder, mm(0.25)));
    painter.setBrush(QColor(0xfb, 0xfc, 0xfd));
    painter.drawRect(plot);

    double minX = content.points.first().x();
    double maxX = content.points.last().x();
    double minY = content.hasThreshold ? content.threshold : content.points.first().y();
    double maxY = minY;
    for (const QPointF &point : content.points) {
        minX = std::min(minX, point.x());
        maxX = std::max(maxX, point.x());
        minY = std::min(minY, point.y());
        maxY = std::max(maxY, point.y());
    }
    if (maxX <= minX) {
        maxX = minX + 60;
    }
    const double pad = maxY > minY ? (maxY - minY) * 0.1 : std::max(1.0, std::abs(maxY) * 0.1);
    minY = (minY >= 0 && minY - pad < 0) ? 0 : minY - pad;
    maxY += pad;
    const auto toPoint = [&](double x, double y) {
        return QPointF(plot.left() + (x - minX) / (maxX - minX) * plot.width(),
                       plot.bottom() - (y - minY) / (maxY - minY) * plot.height());
    };

    // Grid and value labels.
    constexpr int kLines = 4;
    for (int i = 0; i <= kLines; ++i) {
        const double value = minY + (maxY - minY) * i / kLines;
        const QPointF at = toPoint(minX, value);
        painter.setPen(QPen(kBorder, mm(0.15)));
        painter.drawLine(QPointF(plot.left(), at.y()), QPointF(plot.right(), at.y()));
        painter.setPen(kMuted);
        painter.drawText(QRectF(area.left(), at.y() - mm(2.5), labelWidth - mm(1.5), mm(5)),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(value, 'g', 4));
    }
    for (int i = 0; i <= kLines; ++i) {
        const double x = minX + (maxX - minX) * i / kLines;
        const QPointF at = toPoint(x, minY);
        painter.setPen(kMuted);
        painter.drawText(QRectF(at.x() - mm(10), plot.bottom() + mm(1), mm(20), labelHeight),
                         Qt::AlignHCenter | Qt::AlignTop, axisTime(x));
    }

    // The incident's opening.
    const auto opened = double(content.incident.openedAt.toSecsSinceEpoch());
    if (opened >= minX && opened <= maxX) {
        const QPointF at = toPoint(opened, minY);
        painter.setPen(QPen(kMuted, mm(0.3), Qt::DotLine));
        painter.drawLine(QPointF(at.x(), plot.top()), QPointF(at.x(), plot.bottom()));
        painter.drawText(QRectF(at.x() + mm(1), plot.top() + mm(1), mm(30), mm(5)),
                         Qt::AlignLeft | Qt::AlignTop,
                         IncidentReport::tr("opened", "@label chart marker"));
    }
    // The threshold.
    if (content.hasThreshold) {
        const QPointF at = toPoint(minX, content.threshold);
        painter.setPen(QPen(kDanger, mm(0.45), Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), at.y()), QPointF(plot.right(), at.y()));
        painter.setPen(kDanger);
        painter.drawText(QRectF(plot.right() - mm(60), at.y() - mm(5), mm(59), mm(4.5)),
                         Qt::AlignRight | Qt::AlignBottom,
                         IncidentReport::tr("threshold %1 %2")
                             .arg(content.comparator,
                                  incidentdisplay::valueLabel(content.threshold, content.unit)));
    }
    // The series.
    QPainterPath path;
    for (int i = 0; i < content.points.size(); ++i) {
        const QPointF at = toPoint(content.points[i].x(), content.points[i].y());
        if (i == 0) {
            path.moveTo(at);
        } else {
            path.lineTo(at);
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kAccent, mm(0.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    if (content.points.size() == 1) {
        painter.setBrush(kAccent);
        painter.drawEllipse(toPoint(content.points[0].x(), content.points[0].y()), mm(0.8),
                            mm(0.8));
    }
}

} // namespace

IncidentReport::IncidentReport(QObject *parent)
    : QObject(parent)
{}

Workspace *IncidentReport::workspace() const
{
    return m_workspace;
}

void IncidentReport::setWorkspace(Workspace *workspace)
{
    if (m_workspace != workspace) {
        m_workspace = workspace;
        Q_EMIT workspaceChanged();
    }
}

QString IncidentReport::defaultFileName(const QString &title, const QDateTime &openedAt)
{
    static const QRegularExpression unsafe(u"[^a-z0-9]+"_s);
    QString slug = title.toLower().replace(unsafe, u"-"_s);
    slug = slug.left(60);
    while (slug.startsWith(u'-')) {
        slug.remove(0, 1);
    }
    while (slug.endsWith(u'-')) {
        slug.chop(1);
    }
    const QDate date =
        (openedAt.isValid() ? openedAt : QDateTime::currentDateTime()).toLocalTime().date();
    return u"incident-%1%2.pdf"_s.arg(date.toString(Qt::ISODate),
                                      slug.isEmpty() ? QString() : u"-"_s + slug);
}

QUrl IncidentReport::defaultFileUrl(const QString &title)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    return QUrl::fromLocalFile(QDir(folder).filePath(defaultFileName(title)));
}

void IncidentReport::exportPdf(const QString &incidentId, const QUrl &file)
{
    if (m_busy) {
        return;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        setErrorString(tr("Choose where to save the report."));
        Q_EMIT failed(m_error);
        return;
    }
    run(incidentId, path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? path : path + u".pdf"_s);
}

std::optional<IncidentReport::Content> IncidentReport::gather(const QSqlDatabase &db,
                                                              const QString &incidentId)
{
    const auto incident = incidents::fetchOne(db, incidentId);
    if (!incident) {
        return std::nullopt;
    }
    Content content;
    content.incident = *incident;
    content.events = incidents::fetchEvents(db, incidentId);
    if (incident->seriesId > 0) {
        const QDateTime since = incident->openedAt.addSecs(-qint64(kSnapshotMinutes) * 60);
        const QDateTime end =
            incident->resolvedAt.isValid() ? incident->resolvedAt : QDateTime::currentDateTimeUtc();
        const QDateTime until = end.addSecs(qint64(5) * 60);
        content.points = incidents::fetchSeriesPoints(db, incident->seriesId, since, until);
        content.hasThreshold = true;
        content.threshold = incident->threshold;
        content.comparator = incident->comparator;
        content.seriesTitle = incident->seriesTitle;
        content.unit = incident->unit;
        content.chartSource = tr("%1 from %2 to %3")
                                  .arg(incident->seriesTitle, incidentdisplay::zonedTime(since),
                                       incidentdisplay::zonedTime(until));
    }
    if (content.points.isEmpty()) {
        // The snapshot taken when it opened (the rule may be gone, the samples pruned).
        for (const auto &event : content.events) {
            const QJsonArray points = event.data.value(u"points"_s).toArray();
            if (event.kind != u"metric" || points.isEmpty()) {
                continue;
            }
            for (const auto &value : points) {
                const QJsonArray point = value.toArray();
                content.points.append({point.at(0).toDouble(), point.at(1).toDouble()});
            }
            content.hasThreshold = event.data.contains(u"threshold"_s);
            content.threshold = event.data.value(u"threshold"_s).toDouble();
            content.comparator = event.data.value(u"comparator"_s).toString();
            content.seriesTitle = event.data.value(u"title"_s).toString();
            content.unit = event.data.value(u"unit"_s).toString();
            content.chartSource =
                tr("%1, snapshot taken at %2")
                    .arg(content.seriesTitle, incidentdisplay::zonedTime(event.at));
            break;
        }
    }
    return content;
}

bool IncidentReport::write(const QString &path, const Content &content, QString *error)
{
    const incidents::Incident &incident = content.incident;
    {
        QFile probe(path); // QPdfWriter says nothing useful about a folder it cannot write to
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error) {
                *error = tr("Cannot write %1: %2.")
                             .arg(QDir::toNativeSeparators(path), probe.errorString());
            }
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(tr("Incident report: %1").arg(incident.title));
    writer.setCreator(u"OpsDesk"_s);
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error) {
            *error = tr("Cannot write %1: check that the folder exists and you may write there.")
                         .arg(QDir::toNativeSeparators(path));
        }
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    Layout layout(writer, painter);

    layout.paragraph(tr("Incident report", "@title PDF"), 9, kMuted);
    layout.advance(mm(1));
    layout.paragraph(incident.title, 18, kText, true);
    layout.advance(mm(2));

    // Severity and status chips.
    painter.setFont(layout.font(9, true));
    double x = layout.left();
    const auto chip = [&](const QString &text, const QColor &colour) {
        const double width = painter.fontMetrics().horizontalAdvance(text) + mm(5);
        const QRectF box(x, layout.y(), width, mm(6));
        QColor fill = colour;
        fill.setAlphaF(0.14);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(box, mm(3), mm(3));
        painter.setPen(colour);
        painter.drawText(box, Qt::AlignCenter, text);
        x += width + mm(2);
    };
    chip(incidentdisplay::severityLabel(incident.severity), severityColour(incident.severity));
    chip(incidentdisplay::statusLabel(incident.status),
         incident.status == u"resolved"       ? QColor(0x1a, 0x9a, 0x5c)
         : incident.status == u"acknowledged" ? QColor(0xb7, 0x79, 0x1f)
                                              : kDanger);
    layout.advance(mm(9));

    layout.heading(tr("Overview", "@title PDF section"));
    const QDateTime end =
        incident.resolvedAt.isValid() ? incident.resolvedAt : QDateTime::currentDateTimeUtc();
    layout.field(tr("Severity"), incidentdisplay::severityLabel(incident.severity));
    layout.field(tr("Status"), incidentdisplay::statusLabel(incident.status));
    layout.field(tr("Opened"), incidentdisplay::zonedTime(incident.openedAt));
    layout.field(tr("Acknowledged"), incident.acknowledgedAt.isValid()
                                         ? incidentdisplay::zonedTime(incident.acknowledgedAt)
                                         : tr("Not acknowledged"));
    layout.field(tr("Resolved"), incident.resolvedAt.isValid()
                                     ? incidentdisplay::zonedTime(incident.resolvedAt)
                                     : tr("Not resolved"));
    if (incident.reopenedAt.isValid()) {
        layout.field(tr("Reopened"), incidentdisplay::zonedTime(incident.reopenedAt));
    }
    layout.field(
        tr("Duration"),
        incident.resolvedAt.isValid()
            ? incidentdisplay::durationLabel(incident.openedAt.secsTo(end))
            : tr("%1 so far").arg(incidentdisplay::durationLabel(incident.openedAt.secsTo(end))));
    layout.field(tr("Assignee"),
                 incident.assigneeName.isEmpty() ? tr("Nobody") : incident.assigneeName);
    layout.field(tr("Source"), incidentdisplay::sourceLabel(incident));
    if (!incident.seriesTitle.isEmpty()) {
        layout.field(tr("Condition"), incidentdisplay::conditionLabel(
                                          incident.seriesTitle, incident.comparator,
                                          incident.threshold, incident.unit, incident.forSeconds));
    }

    layout.heading(tr("Summary", "@title PDF section"));
    layout.paragraph(incident.summary.isEmpty() ? tr("No summary yet: it is written when the "
                                                     "incident is resolved.")
                                                : incident.summary,
                     10, incident.summary.isEmpty() ? kMuted : kText);
    if (!incident.description.isEmpty()) {
        layout.heading(tr("Description", "@title PDF section"));
        layout.paragraph(incident.description, 10, kText);
    }

    if (!content.points.isEmpty()) {
        layout.heading(tr("Metric", "@title PDF section"));
        layout.paragraph(content.chartSource, 8.5, kMuted);
        layout.advance(mm(2));
        const double height = mm(62);
        layout.ensure(height);
        drawChart(painter, QRectF(layout.left(), layout.y(), layout.width(), height), content);
        layout.advance(height + mm(2));
    }

    layout.heading(tr("Timeline", "@title PDF section"));
    const double timeWidth = mm(44);
    const double kindWidth = mm(22);
    const double whoWidth = mm(30);
    const double whatWidth = layout.width() - timeWidth - kindWidth - whoWidth;
    const auto row = [&](const QStringList &cells, bool header) {
        painter.setFont(layout.font(8.5, header));
        const double widths[] = {timeWidth, kindWidth, whoWidth, whatWidth};
        double height = 0;
        for (int i = 0; i < 4; ++i) {
            height = std::max(height, painter
                                          .boundingRect(QRectF(0, 0, widths[i] - mm(2), 1e6),
                                                        Qt::TextWordWrap, cells[i])
                                          .height());
        }
        height += mm(2);
        layout.ensure(height);
        double left = layout.left();
        painter.setPen(header ? kMuted : kText);
        for (int i = 0; i < 4; ++i) {
            painter.drawText(QRectF(left, layout.y() + mm(1), widths[i] - mm(2), height),
                             Qt::TextWordWrap, cells[i]);
            left += widths[i];
        }
        layout.advance(height);
        painter.setPen(QPen(kBorder, mm(0.2)));
        painter.drawLine(QPointF(layout.left(), layout.y()),
                         QPointF(layout.left() + layout.width(), layout.y()));
    };
    row({tr("Time"), tr("Kind"), tr("Who"), tr("What")}, true);
    for (const auto &event : content.events) {
        row({incidentdisplay::zonedTime(event.at), IncidentDetail::kindLabel(event.kind),
             event.actorName.isEmpty()
                 ? (event.kind == u"metric" ? tr("Alert rule") : tr("OpsDesk"))
                 : event.actorName,
             IncidentDetail::bodyLabel(event)},
            false);
    }

    layout.advance(mm(6));
    layout.paragraph(tr("Exported by OpsDesk on %1.")
                         .arg(incidentdisplay::zonedTime(QDateTime::currentDateTimeUtc())),
                     7.5, kMuted);
    painter.end();
    return true;
}

QCoro::Task<> IncidentReport::run(QString incidentId, QString path)
{
    QPointer self{this};
    Database *db = m_workspace ? m_workspace->database() : nullptr;
    if (!db) {
        setErrorString(tr("Sign in to export incident reports."));
        Q_EMIT failed(m_error);
        co_return;
    }
    setBusy(true);
    auto future =
        db->run([incidentId](QSqlDatabase &connection) { return gather(connection, incidentId); });
    auto content = co_await future;
    if (!self) {
        co_return;
    }
    setBusy(false);
    QString error;
    if (!content) {
        error = tr("Could not read the incident: %1").arg(content.error());
    } else if (const std::optional<Content> &found = content.value(); !found) {
        error = tr("This incident does not exist or you may not see it.");
    } else {
        write(path, *found, &error); // error set when it fails
    }
    if (!error.isEmpty()) {
        setErrorString(error);
        Q_EMIT failed(error);
        co_return;
    }
    setErrorString({});
    m_lastPath = path;
    Q_EMIT exported(path);
}

void IncidentReport::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void IncidentReport::setErrorString(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorStringChanged();
    }
}

} // namespace opsdesk
