#include "incidentnotifier.h"

#include "workspace.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

/// The application's icon, or a plain red dot when it has none (a tray icon needs one).
QIcon notificationIcon()
{
    QIcon icon = QApplication::windowIcon();
    if (!icon.isNull()) {
        return icon;
    }
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0xc9, 0x30, 0x2c));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(4, 4, 56, 56);
    painter.end();
    return {pixmap};
}

} // namespace

IncidentNotifier::IncidentNotifier(Workspace &workspace, QObject *parent)
    : QObject(parent)
{
    m_watcher.setAnnounceSeverities({u"critical"_s, u"high"_s});
    connect(&m_watcher, &IncidentListModel::incidentOpened, this,
            [this](const QString &id, const QString &title, const QString & /*severity*/,
                   const QString &severityLabel) { notify(id, title, severityLabel); });
    m_watcher.setWorkspace(&workspace);
}

IncidentNotifier::~IncidentNotifier()
{
    delete m_tray;
}

void IncidentNotifier::setOpenHandler(std::function<void(const QString &)> handler)
{
    m_open = std::move(handler);
}

void IncidentNotifier::notify(const QString &id, const QString &title, const QString &severityLabel)
{
    const QString heading =
        tr("%1 incident: %2", "@title notification: severity, title").arg(severityLabel, title);
    const QString message = tr("Opened just now. Click to open it in OpsDesk.");
    Q_EMIT notificationRequested(id, heading, message);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(notificationIcon());
        m_tray->setToolTip(u"OpsDesk"_s);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_open && !m_lastShownId.isEmpty()) {
                m_open(m_lastShownId);
            }
        });
        m_tray->show();
    }
    m_lastShownId = id;
    m_tray->showMessage(heading, message, m_tray->icon(), 15000);
}

} // namespace opsdesk
