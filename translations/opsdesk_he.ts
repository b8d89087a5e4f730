<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>ApiKeysPage</name>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="99"/>
        <source>API key %1, %2</source>
        <translation>מפתח API %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="198"/>
        <source>Revoke</source>
        <comment>@action:button API key</comment>
        <translation>ביטול מפתח</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="244"/>
        <source>API keys</source>
        <comment>@title:page</comment>
        <translation>מפתחות API</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="245"/>
        <source>%1 active · other services call /api/v1/ of opsdeskd with them</source>
        <translation>פעילים: %1 · שירותים אחרים משתמשים בהם כדי לפנות אל /api/v1/ של opsdeskd</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="253"/>
        <source>New API key…</source>
        <comment>@action:button</comment>
        <translation>מפתח API חדש…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="258"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="282"/>
        <source>%1 (click to dismiss)</source>
        <translation>%1 (יש ללחוץ כדי לסגור)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="298"/>
        <source>Only admins create and revoke API keys.</source>
        <translation>רק מנהלי מערכת יכולים ליצור ולבטל מפתחות API.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="330"/>
        <source>Name and prefix</source>
        <translation>שם וקידומת</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="338"/>
        <source>Scopes</source>
        <translation>הרשאות (scopes)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="346"/>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="354"/>
        <source>Last used</source>
        <translation>שימוש אחרון</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="362"/>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="399"/>
        <source>Loading API keys…</source>
        <translation>טוען מפתחות API…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="400"/>
        <source>No API keys yet</source>
        <translation>אין עדיין מפתחות API</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="401"/>
        <source>Press F5 to try again. If it keeps failing, check that the database is reachable.</source>
        <translation>יש ללחוץ על F5 כדי לנסות שוב. אם הבעיה נמשכת, יש לוודא שמסד הנתונים זמין.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="404"/>
        <source>Press Ctrl+N to create one for a service that calls the automation API, or run opsdeskd api-key create on the server.</source>
        <translation>יש ללחוץ על Ctrl+N כדי ליצור מפתח לשירות שפונה ל-API האוטומציה, או להריץ בשרת את opsdeskd api-key create.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="405"/>
        <source>An admin creates keys here or with opsdeskd api-key create.</source>
        <translation>מפתחות נוצרים על ידי מנהל/ת מערכת, כאן או באמצעות opsdeskd api-key create.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="446"/>
        <source>Copy your new API key</source>
        <translation>העתקת מפתח ה-API החדש</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="446"/>
        <source>New API key</source>
        <translation>מפתח API חדש</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="471"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="480"/>
        <source>What will use it, e.g. Metrics exporter</source>
        <translation>מה ישתמש בו, לדוגמה: ייצוא מדדים</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="485"/>
        <source>Scopes: what the key may do</source>
        <translation>הרשאות (scopes): מה המפתח רשאי לעשות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="521"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="527"/>
        <source>Create key</source>
        <translation>יצירת מפתח</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="548"/>
        <source>You will not see this key again. Copy it now and store it where the service keeps its secrets; OpsDesk keeps only a hash. If it is lost, revoke %1 and create a new one.</source>
        <translation>המפתח הזה לא יוצג שוב. יש להעתיק אותו עכשיו ולשמור אותו במקום שבו השירות שומר את הסודות שלו; OpsDesk שומר רק גיבוב (hash) שלו. אם המפתח יאבד, יש לבטל את %1 וליצור מפתח חדש.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="576"/>
        <source>Copied</source>
        <translation>הועתק</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="576"/>
        <source>Copy</source>
        <comment>@action:button</comment>
        <translation>העתקה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="591"/>
        <source>Send it as the header Authorization: Bearer &lt;key&gt;.</source>
        <translation>יש לשלוח אותו בכותרת Authorization: Bearer &lt;key&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="605"/>
        <source>Done</source>
        <translation>סיום</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="605"/>
        <source>I have stored it</source>
        <translation>שמרתי אותו</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="625"/>
        <source>Revoke %1?</source>
        <translation>לבטל את %1?</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="632"/>
        <source>“%1” stops working at once: every request with it is refused. This cannot be undone; a service that still needs access needs a new key.</source>
        <translation>המפתח &quot;%1&quot; יפסיק לעבוד מיד: כל בקשה שתשתמש בו תידחה. אי אפשר לחזור מפעולה זו; שירות שעדיין צריך גישה יזדקק למפתח חדש.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="646"/>
        <source>Keep it</source>
        <translation>לא לבטל</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="652"/>
        <source>Revoke key</source>
        <translation>ביטול המפתח</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../ui/AppShell.qml" line="33"/>
        <source>Live updates paused: reconnecting to the database (%1). Data shown may be stale.</source>
        <translation>העדכונים בזמן אמת הושהו: מתחבר מחדש למסד הנתונים (%1). ייתכן שהנתונים המוצגים אינם עדכניים.</translation>
    </message>
</context>
<context>
    <name>AuditEntryDetails</name>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="57"/>
        <source>No entry selected</source>
        <translation>לא נבחרה רשומה</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="58"/>
        <source>Click an entry, or press J, to see who changed what, field by field.</source>
        <translation>יש ללחוץ על רשומה, או על J, כדי לראות מי שינה מה, שדה אחר שדה.</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="120"/>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="124"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="127"/>
        <source>%1 (%2)</source>
        <comment>@info person (sign-in name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="130"/>
        <source>On behalf of</source>
        <translation>בשם</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="135"/>
        <source>From</source>
        <translation>מקור</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="139"/>
        <source>Entry</source>
        <translation>רשומה</translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="89"/>
        <source>Export the audit trail as CSV</source>
        <translation>ייצוא יומן הביקורת כ-CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="92"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="92"/>
        <source>All files (*)</source>
        <translation>כל הקבצים (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="114"/>
        <source>Audit trail</source>
        <comment>@title:page</comment>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="115"/>
        <source>Who changed what, when, and from where</source>
        <translation>מי שינה מה, מתי ומאיפה</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="116"/>
        <source>%1 · 1 entry shown · J/K to move, Enter to open</source>
        <translation>%1 · מוצגת רשומה אחת · J/K למעבר, Enter לפתיחה</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditTrailPage.qml" line="117"/>
        <source>%1 · %n entries shown · J/K to move, Enter to open</source>
        <translation>
            <numerusform>%1 · רשומות מוצגות: %n · J/K למעבר, Enter לפתיחה</numerusform>
            <numerusform>%1 · רשומות מוצגות: %n · J/K למעבר, Enter לפתיחה</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="141"/>
        <source>Cancel</source>
        <comment>@action:button stop the export</comment>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="149"/>
        <source>Export CSV…</source>
        <comment>@action:button</comment>
        <translation>ייצוא CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="156"/>
        <source>Every entry that matches the filters, not only the ones loaded</source>
        <translation>כל הרשומות שתואמות את המסננים, לא רק אלה שנטענו</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="201"/>
        <source>Search changes, ids, actors and programs   Ctrl+F</source>
        <translation>חיפוש בשינויים, במזהים, במבצעים ובתוכנות   Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="223"/>
        <source>From: YYYY-MM-DD HH:MM</source>
        <translation>מתאריך: YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="237"/>
        <source>To: now</source>
        <translation>עד: עכשיו</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="245"/>
        <location filename="../ui/pages/AuditTrailPage.qml" line="378"/>
        <source>Clear filters</source>
        <translation>ניקוי המסננים</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="259"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="267"/>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="275"/>
        <source>Resource type</source>
        <translation>סוג משאב</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="284"/>
        <source>Resource id (exact)</source>
        <translation>מזהה משאב (מדויק)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="361"/>
        <source>The audit trail is for managers and admins</source>
        <translation>יומן הביקורת זמין רק למנהלים ולמנהלי מערכת</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="363"/>
        <source>Loading the audit trail…</source>
        <translation>טוען את יומן הביקורת…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="364"/>
        <source>No entries match these filters</source>
        <translation>אין רשומות שתואמות את המסננים האלה</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="365"/>
        <source>Nothing has been changed yet</source>
        <translation>עדיין לא בוצעו שינויים</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="366"/>
        <source>Ask an admin for the manager role if you need to review changes.</source>
        <translation>אם יש צורך לעבור על שינויים, אפשר לבקש ממנהל/ת מערכת את תפקיד מנהל/ת.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="367"/>
        <source>Check the connection to the database, then press F5 to try again.</source>
        <translation>יש לבדוק את החיבור למסד הנתונים, ואז ללחוץ על F5 כדי לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="369"/>
        <source>Widen the time range, or clear the filters to see everything.</source>
        <translation>אפשר להרחיב את טווח הזמן, או לנקות את המסננים כדי לראות הכול.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="370"/>
        <source>Every change to conversations, messages, contacts, templates, people and API keys is recorded here: who made it, when, and from where.</source>
        <translation>כל שינוי בשיחות, בהודעות, באנשי קשר, בתבניות, במשתמשים ובמפתחות API נרשם כאן: מי ביצע אותו, מתי ומאיפה.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="378"/>
        <source>Try again</source>
        <translation>ניסיון חוזר</translation>
    </message>
</context>
<context>
    <name>CannedResponsesPage</name>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="51"/>
        <source>Canned response /%1, %2</source>
        <translation>תשובה מוכנה /%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="102"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>עריכה</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="109"/>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="490"/>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>מחיקה</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="130"/>
        <source>Canned responses</source>
        <comment>@title:page</comment>
        <translation>תשובות מוכנות</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CannedResponsesPage.qml" line="131"/>
        <source>%n saved · type /shortcut in the composer to insert one</source>
        <translation>
            <numerusform>שמורות: %n · כדי להוסיף תשובה, יש להקליד /קיצור בתיבת הכתיבה</numerusform>
            <numerusform>שמורות: %n · כדי להוסיף תשובה, יש להקליד /קיצור בתיבת הכתיבה</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="138"/>
        <source>New canned response…</source>
        <comment>@action:button</comment>
        <translation>תשובה מוכנה חדשה…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="143"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="167"/>
        <source>%1 (click to dismiss)</source>
        <translation>%1 (יש ללחוץ כדי לסגור)</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="184"/>
        <source>Managers can read canned responses; support and admins add and change them.</source>
        <translation>מנהלים יכולים לקרוא את התשובות המוכנות; צוות התמיכה ומנהלי המערכת מוסיפים ומשנים אותן.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="220"/>
        <source>Loading canned responses…</source>
        <translation>טוען תשובות מוכנות…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="221"/>
        <source>No canned responses yet</source>
        <translation>אין עדיין תשובות מוכנות</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="222"/>
        <source>Press F5 to try again. If it keeps failing, check that the database is reachable.</source>
        <translation>יש ללחוץ על F5 כדי לנסות שוב. אם הבעיה נמשכת, יש לוודא שמסד הנתונים זמין.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="225"/>
        <source>Press Ctrl+N to save a reply you write often, with a shortcut such as thanks. Then type /thanks in the composer and press Tab to insert it.</source>
        <translation>יש ללחוץ על Ctrl+N כדי לשמור תשובה שכותבים לעיתים קרובות, עם קיצור כמו thanks. אחר כך אפשר להקליד ⁨/thanks⁩ בתיבת הכתיבה וללחוץ על Tab כדי להוסיף אותה.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="226"/>
        <source>Support and admins save replies here; everyone then inserts them in the composer by typing /shortcut.</source>
        <translation>צוות התמיכה ומנהלי המערכת שומרים כאן תשובות; אחר כך כל אחד יכול להוסיף אותן בתיבת הכתיבה בהקלדת /קיצור.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="262"/>
        <source>New canned response</source>
        <translation>תשובה מוכנה חדשה</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="262"/>
        <source>Edit /%1</source>
        <translation>עריכת ⁨/%1⁩</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="288"/>
        <source>Shortcut</source>
        <translation>קיצור</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="308"/>
        <source>thanks</source>
        <translation>thanks</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="322"/>
        <source>Lower-case letters, digits, - and _; up to 32 characters.</source>
        <translation>אותיות לטיניות קטנות, ספרות, - ו-_; עד 32 תווים.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="327"/>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="336"/>
        <source>e.g. Thank you</source>
        <translation>לדוגמה: תודה רבה</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="345"/>
        <source>Shown next to the shortcut when someone types /.</source>
        <translation>מוצגת ליד הקיצור כשמקלידים /.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="350"/>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="363"/>
        <source>The reply it inserts, e.g. Thank you for your patience! Is there anything else I can help with?</source>
        <translation>התשובה שתתווסף, לדוגמה: תודה על הסבלנות! אפשר לעזור במשהו נוסף?</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="376"/>
        <source>Up to 4,096 characters, WhatsApp&apos;s limit for one message.</source>
        <translation>עד 4,096 תווים, המגבלה של WhatsApp להודעה אחת.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="398"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="405"/>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="405"/>
        <source>Add</source>
        <comment>@action:button</comment>
        <translation>הוספה</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="405"/>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="436"/>
        <source>Delete /%1?</source>
        <translation>למחוק את ⁨/%1⁩?</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="460"/>
        <source>Nobody on the team can insert it with /%1 any more. Messages already sent with it stay as they are.</source>
        <translation>אף אחד בצוות לא יוכל עוד להוסיף אותה באמצעות ⁨/%1⁩. הודעות שכבר נשלחו איתה יישארו כפי שהן.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="484"/>
        <source>Keep it</source>
        <translation>לא למחוק</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../ui/components/CommandPalette.qml" line="80"/>
        <source>Type an action: assign, resolve, snooze, label, view…</source>
        <comment>@info:placeholder command palette</comment>
        <translation>הקלדת פעולה: שיוך, סימון כטופלה, השהיה, תווית, תצוגה…</translation>
    </message>
    <message>
        <location filename="../ui/components/CommandPalette.qml" line="152"/>
        <source>No action matches “%1”.</source>
        <translation>אין פעולה שתואמת את &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/components/Composer.qml" line="21"/>
        <source>Managers can read conversations but not reply.</source>
        <translation>מנהלים יכולים לקרוא שיחות, אבל לא להשיב בהן.</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="129"/>
        <source>Reply</source>
        <comment>@option:radio composer mode</comment>
        <translation>תשובה</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="138"/>
        <source>Private note</source>
        <comment>@option:radio composer mode</comment>
        <translation>הערה פנימית</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="150"/>
        <source>Only your team sees notes. They are never sent to the customer.</source>
        <translation>רק הצוות רואה הערות. הן אף פעם לא נשלחות ללקוח.</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="199"/>
        <source>Choose template…</source>
        <comment>@action:button</comment>
        <translation>בחירת תבנית…</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="204"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="247"/>
        <source>Write a private note for your team…</source>
        <translation>כתיבת הערה פנימית לצוות…</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="248"/>
        <source>Write a reply… Type / for canned responses</source>
        <translation>כתיבת תשובה… אפשר להקליד / לתשובות מוכנות</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="255"/>
        <source>Private note</source>
        <translation>הערה פנימית</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="255"/>
        <source>Reply</source>
        <translation>תשובה</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="366"/>
        <source>Template</source>
        <comment>@action:button</comment>
        <translation>תבנית</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="370"/>
        <source>Send an approved template (Ctrl+T)</source>
        <translation>שליחת תבנית מאושרת (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="376"/>
        <source>Sending…</source>
        <translation>שולח…</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="377"/>
        <source>Add note</source>
        <comment>@action:button</comment>
        <translation>הוספת הערה</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="378"/>
        <source>Send</source>
        <comment>@action:button</comment>
        <translation>שליחה</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="397"/>
        <source>Enter adds the note · Shift+Enter for a new line</source>
        <translation>Enter להוספת ההערה · Shift+Enter לשורה חדשה</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="398"/>
        <source>Enter to send · Shift+Enter for a new line · / for canned responses · Ctrl+T for templates</source>
        <translation>Enter לשליחה · Shift+Enter לשורה חדשה · / לתשובות מוכנות · Ctrl+T לתבניות</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="412"/>
        <source>WhatsApp takes at most %1 characters in one message.</source>
        <translation>WhatsApp מקבל עד %1 תווים בהודעה אחת.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../ui/delegates/ConversationDelegate.qml" line="93"/>
        <source>You: </source>
        <comment>@label:prefix of own message</comment>
        <translation>אנחנו: </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delegates/ConversationDelegate.qml" line="104"/>
        <source>%n unread</source>
        <translation>
            <numerusform>לא נקראו: %n</numerusform>
            <numerusform>לא נקראו: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delegates/ConversationDelegate.qml" line="127"/>
        <source>You</source>
        <comment>@label assignee is the signed-in person</comment>
        <translation>אני</translation>
    </message>
    <message>
        <location filename="../ui/delegates/ConversationDelegate.qml" line="129"/>
        <source>Unassigned</source>
        <translation>ללא שיוך</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="233"/>
        <source>Conversations</source>
        <comment>@title:page</comment>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="375"/>
        <source>Loading conversations…</source>
        <translation>טוען שיחות…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="26"/>
        <source>Open a conversation first</source>
        <translation>יש לפתוח שיחה קודם</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="91"/>
        <source>Assign to me</source>
        <comment>@action</comment>
        <translation>שיוך אליי</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="93"/>
        <source>Already assigned to you</source>
        <translation>כבר משויכת אליך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="94"/>
        <source>Unassign</source>
        <comment>@action</comment>
        <translation>ביטול השיוך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="96"/>
        <source>Nobody is assigned</source>
        <translation>השיחה לא משויכת לאף אחד</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="100"/>
        <source>Assign to %1</source>
        <comment>@action</comment>
        <translation>שיוך אל %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="102"/>
        <source>Already assigned to %1</source>
        <translation>כבר משויכת אל %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="104"/>
        <source>Resolve</source>
        <comment>@action</comment>
        <translation>סימון כטופלה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="105"/>
        <source>Already resolved</source>
        <translation>כבר טופלה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="106"/>
        <source>Reopen</source>
        <comment>@action</comment>
        <translation>פתיחה מחדש</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="107"/>
        <source>Already open</source>
        <translation>כבר פתוחה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="108"/>
        <source>Set pending</source>
        <comment>@action</comment>
        <translation>העברה להמתנה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="109"/>
        <source>Already pending</source>
        <translation>כבר בהמתנה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="111"/>
        <source>Snooze · %1</source>
        <comment>@action</comment>
        <translation>השהיה · %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="113"/>
        <source>Snooze until a date and time…</source>
        <comment>@action</comment>
        <translation>השהיה עד תאריך ושעה…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="115"/>
        <source>Add a label…</source>
        <comment>@action</comment>
        <translation>הוספת תווית…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="118"/>
        <source>Remove label “%1”</source>
        <comment>@action</comment>
        <translation>הסרת התווית &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="120"/>
        <source>Show all conversations</source>
        <comment>@action</comment>
        <translation>תצוגה: כל השיחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="121"/>
        <source>Show conversations assigned to me</source>
        <comment>@action</comment>
        <translation>תצוגה: שיחות המשויכות אליי</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="122"/>
        <source>Show unassigned conversations</source>
        <comment>@action</comment>
        <translation>תצוגה: שיחות ללא שיוך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="123"/>
        <source>Sort by waiting longest</source>
        <comment>@action</comment>
        <translation>מיון לפי זמן ההמתנה הארוך ביותר</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="124"/>
        <location filename="../ui/pages/ConversationsPage.qml" line="126"/>
        <source>Already sorted so</source>
        <translation>כבר ממוין כך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="125"/>
        <source>Sort by last activity</source>
        <comment>@action</comment>
        <translation>מיון לפי הפעילות האחרונה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="127"/>
        <source>Search conversations</source>
        <comment>@action</comment>
        <translation>חיפוש בשיחות</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/ConversationsPage.qml" line="234"/>
        <source>%n shown · J/K to move · Ctrl+K for actions</source>
        <translation>
            <numerusform>מוצגת %n שיחה · J/K למעבר · Ctrl+K לפעולות</numerusform>
            <numerusform>מוצגות %n שיחות · J/K למעבר · Ctrl+K לפעולות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="245"/>
        <source>All</source>
        <comment>@title:tab inbox view</comment>
        <translation>הכול</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="246"/>
        <source>Mine</source>
        <comment>@title:tab inbox view</comment>
        <translation>שלי</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="247"/>
        <source>Unassigned</source>
        <comment>@title:tab inbox view</comment>
        <translation>ללא שיוך</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/ConversationsPage.qml" line="261"/>
        <source>%n unread</source>
        <translation>
            <numerusform>לא נקראו: %n</numerusform>
            <numerusform>לא נקראו: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="301"/>
        <source>Search name, number or message   Ctrl+F</source>
        <translation>חיפוש לפי שם, מספר או הודעה   Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="328"/>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="335"/>
        <source>⇅ Waiting longest</source>
        <comment>@action:button sort order</comment>
        <translation>⇅ המתנה ארוכה ראשונה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="336"/>
        <source>⇅ Last activity</source>
        <comment>@action:button sort order</comment>
        <translation>⇅ פעילות אחרונה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="340"/>
        <source>The customer waiting longest first. Click for the most recent activity first.</source>
        <translation>הלקוח שממתין הכי הרבה זמן מופיע ראשון. לחיצה ממיינת לפי הפעילות האחרונה.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="341"/>
        <source>Most recent activity first. Click for the customer waiting longest first.</source>
        <translation>הפעילות האחרונה מופיעה ראשונה. לחיצה ממיינת לפי זמן ההמתנה הארוך ביותר.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="376"/>
        <source>No conversations match</source>
        <translation>אין שיחות תואמות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="377"/>
        <source>Nothing assigned to you</source>
        <translation>אין שיחות המשויכות אליך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="378"/>
        <source>Every open conversation has someone on it</source>
        <translation>לכל שיחה פתוחה יש אחראי/ת</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="379"/>
        <source>No open conversations</source>
        <translation>אין שיחות פתוחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="380"/>
        <source>Check the database connection, then press F5 to try again.</source>
        <translation>יש לבדוק את החיבור למסד הנתונים, ואז ללחוץ על F5 כדי לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="382"/>
        <source>Clear the search or pick “All statuses” to see more.</source>
        <translation>אפשר לנקות את החיפוש או לבחור &quot;כל הסטטוסים&quot; כדי לראות יותר.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="383"/>
        <source>Open one from Unassigned and press A to take it.</source>
        <translation>אפשר לפתוח שיחה מהתצוגה &quot;ללא שיוך&quot; וללחוץ על A כדי לקחת אותה.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="384"/>
        <source>A conversation starts when a customer writes to your WhatsApp number.</source>
        <translation>שיחה נפתחת כשלקוח כותב למספר ה-WhatsApp שלכם.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="452"/>
        <source>Assigned to you</source>
        <translation>משויכת אליך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="453"/>
        <source>Assigned to %1</source>
        <translation>משויכת אל %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="454"/>
        <source>Unassigned</source>
        <translation>ללא שיוך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="455"/>
        <source>Assign (A: to me)</source>
        <translation>שיוך (A: אליי)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="463"/>
        <location filename="../ui/pages/ConversationsPage.qml" line="765"/>
        <source>Snooze</source>
        <comment>@action:button</comment>
        <translation>השהיה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="464"/>
        <source>Hide it until a time; it reopens as soon as the customer writes (S)</source>
        <translation>הסתרת השיחה עד מועד מסוים; היא תיפתח מחדש ברגע שהלקוח יכתוב (S)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="472"/>
        <source>Reopen</source>
        <comment>@action:button</comment>
        <translation>פתיחה מחדש</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="472"/>
        <source>Resolve</source>
        <comment>@action:button</comment>
        <translation>סימון כטופלה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="473"/>
        <source>Reopen (Shift+E)</source>
        <translation>פתיחה מחדש (Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="473"/>
        <source>Resolve (E)</source>
        <translation>סימון כטופלה (E)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="483"/>
        <source>Command palette</source>
        <translation>לוח הפקודות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="487"/>
        <source>All actions (Ctrl+K)</source>
        <translation>כל הפעולות (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="525"/>
        <source>Someone else has this conversation open: agree who answers.</source>
        <translation>מישהו נוסף פתח את השיחה הזו: כדאי לתאם מי עונה.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="554"/>
        <source>Add label (L)</source>
        <translation>הוספת תווית (L)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="567"/>
        <source>Read only · %1</source>
        <translation>קריאה בלבד · %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="608"/>
        <source>Dismiss</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="641"/>
        <source>Loading messages…</source>
        <translation>טוען הודעות…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="641"/>
        <source>No messages in this conversation</source>
        <translation>אין הודעות בשיחה זו</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="669"/>
        <source>Pick one from the list, or press J to start at the top. Ctrl+K lists every action.</source>
        <translation>אפשר לבחור שיחה מהרשימה, או ללחוץ על J כדי להתחיל מהראשונה. Ctrl+K מציג את כל הפעולות.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="679"/>
        <source>Assign to me</source>
        <comment>@action:inmenu</comment>
        <translation>שיוך אליי</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="686"/>
        <source>Unassign</source>
        <comment>@action:inmenu</comment>
        <translation>ביטול השיוך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="696"/>
        <source>%1 (you)</source>
        <translation>%1 (אני)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="710"/>
        <source>Custom date and time…</source>
        <comment>@action:inmenu snooze</comment>
        <translation>תאריך ושעה אחרים…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="719"/>
        <source>%1  ·  %2</source>
        <comment>@action:inmenu snooze preset: label, wake-up time</comment>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="743"/>
        <source>Snooze until</source>
        <translation>השהיה עד</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="749"/>
        <source>Local time, as YYYY-MM-DD HH:MM. It reopens then, or as soon as the customer writes.</source>
        <translation>שעון מקומי, בתבנית YYYY-MM-DD HH:MM. השיחה תיפתח מחדש במועד הזה, או ברגע שהלקוח יכתוב.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="668"/>
        <source>Select a conversation</source>
        <translation>יש לבחור שיחה</translation>
    </message>
</context>
<context>
    <name>InvitePersonDialog</name>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="80"/>
        <source>%1 can sign in now</source>
        <translation>החשבון של %1 מוכן להתחברות</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="80"/>
        <source>Invite person</source>
        <translation>הזמנת משתמש/ת</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="126"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="134"/>
        <source>e.g. Maria López</source>
        <translation>לדוגמה: מריה לופז</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="148"/>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="156"/>
        <source>maria.lopez@example.com</source>
        <translation>maria.lopez@example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="171"/>
        <source>Sign-in name</source>
        <translation>שם התחברות</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="179"/>
        <source>maria.lopez</source>
        <translation>maria.lopez</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="194"/>
        <source>Their PostgreSQL login: lower-case letters, digits and _ . -</source>
        <translation>שם המשתמש ב-PostgreSQL: אותיות לטיניות קטנות, ספרות ו-_ . -</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="198"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="218"/>
        <source>%1 Only a super admin can invite admins.</source>
        <translation>%1 רק מנהלי-על יכולים להזמין מנהלי מערכת.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="253"/>
        <source>Invite another</source>
        <translation>הזמנה נוספת</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="253"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="260"/>
        <source>Done</source>
        <translation>סיום</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="260"/>
        <source>Creating…</source>
        <translation>יוצר…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="260"/>
        <source>Create and show password</source>
        <translation>יצירה והצגת הסיסמה</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <location filename="../ui/components/LabelChip.qml" line="36"/>
        <source>Remove label %1</source>
        <translation>הסרת התווית %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/Main.qml" line="17"/>
        <source>OpsDesk — sign in</source>
        <translation>OpsDesk — התחברות</translation>
    </message>
    <message>
        <location filename="../ui/Main.qml" line="18"/>
        <source>OpsDesk — demo — %1</source>
        <translation>OpsDesk — הדגמה — %1</translation>
    </message>
    <message>
        <location filename="../ui/Main.qml" line="19"/>
        <source>OpsDesk — %1</source>
        <translation>OpsDesk — %1</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../ui/delegates/MessageDelegate.qml" line="91"/>
        <source>Private note · %1 · not sent to the customer</source>
        <translation>הערה פנימית · %1 · לא נשלחת ללקוח</translation>
    </message>
    <message>
        <location filename="../ui/delegates/MessageDelegate.qml" line="92"/>
        <source>Private note · not sent to the customer</source>
        <translation>הערה פנימית · לא נשלחת ללקוח</translation>
    </message>
</context>
<context>
    <name>OutboundPage</name>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="41"/>
        <source>Message to %1, %2</source>
        <translation>הודעה אל %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="112"/>
        <source>Retry</source>
        <comment>@action:button send job</comment>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="131"/>
        <source>Outbound</source>
        <comment>@title:page</comment>
        <translation>הודעות יוצאות</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="132"/>
        <source>Not sent: %1 · can be retried: %2</source>
        <translation>הודעות שלא נשלחו: %1 · אפשר לנסות שוב: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="152"/>
        <source>%1 (click to dismiss)</source>
        <translation>%1 (יש ללחוץ כדי לסגור)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="190"/>
        <source>Loading the outbound queue…</source>
        <translation>טוען את תור ההודעות היוצאות…</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="190"/>
        <source>Every message went out</source>
        <translation>כל ההודעות יצאו</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="191"/>
        <source>Check the database connection, then press F5.</source>
        <translation>יש לבדוק את החיבור למסד הנתונים, ואז ללחוץ על F5.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="191"/>
        <source>Messages WhatsApp refuses, or that could not be sent after every retry, appear here.</source>
        <translation>כאן יופיעו הודעות ש-WhatsApp דוחה, והודעות שלא נשלחו גם אחרי כל הניסיונות החוזרים.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="23"/>
        <source>Overview</source>
        <comment>@title:page</comment>
        <translation>סקירה כללית</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="24"/>
        <source>Today&apos;s WhatsApp activity, updated live</source>
        <translation>פעילות ה-WhatsApp של היום, מתעדכנת בזמן אמת</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="43"/>
        <source>Webhook events today</source>
        <translation>אירועי Webhook היום</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="45"/>
        <source>Signed deliveries from WhatsApp</source>
        <translation>מסירות חתומות מ-WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="51"/>
        <source>Inbound messages today</source>
        <translation>הודעות נכנסות היום</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="53"/>
        <source>Customers writing in</source>
        <translation>פניות מלקוחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="59"/>
        <source>Failed deliveries today</source>
        <translation>מסירות שנכשלו היום</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="61"/>
        <source>Check the failing threads</source>
        <translation>יש לבדוק את השיחות הכושלות</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="61"/>
        <source>All replies delivered</source>
        <translation>כל התשובות נמסרו</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="67"/>
        <source>Open conversations</source>
        <translation>שיחות פתוחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="69"/>
        <source>Open or pending</source>
        <translation>פתוחות או בהמתנה</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="82"/>
        <source>Latest webhook events</source>
        <translation>אירועי Webhook אחרונים</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="83"/>
        <source>All events (Ctrl+3)</source>
        <translation>כל האירועים (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="101"/>
        <source>No webhook events yet</source>
        <translation>אין עדיין אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="102"/>
        <source>Point your WhatsApp app&apos;s webhook at opsdeskd serve: /webhooks/whatsapp</source>
        <translation>יש להפנות את ה-Webhook של אפליקציית ה-WhatsApp אל opsdeskd serve: /webhooks/whatsapp</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="109"/>
        <source>Recent conversations</source>
        <translation>שיחות אחרונות</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="110"/>
        <source>Inbox (Ctrl+2)</source>
        <translation>תיבת הפניות (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="128"/>
        <source>No conversations yet</source>
        <translation>אין עדיין שיחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="129"/>
        <source>They appear as soon as a customer writes to your WhatsApp number.</source>
        <translation>הן יופיעו כאן ברגע שלקוח יכתוב למספר ה-WhatsApp שלכם.</translation>
    </message>
</context>
<context>
    <name>PersonConfirmDialog</name>
    <message>
        <location filename="../ui/dialogs/PersonConfirmDialog.qml" line="67"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>PersonDelegate</name>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="64"/>
        <source>%1, %2, %3</source>
        <comment>@info:accessible person row: name, role, status</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="116"/>
        <source>You</source>
        <comment>@label:chip the signed-in person&apos;s own row</comment>
        <translation>אני</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="138"/>
        <source>Signs in as “%1”</source>
        <translation>מתחבר/ת בתור &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="188"/>
        <source>Actions for %1</source>
        <translation>פעולות עבור %1</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="191"/>
        <source>Change role, reset password, deactivate</source>
        <translation>שינוי תפקיד, איפוס סיסמה, השבתה</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="201"/>
        <source>Change role…</source>
        <translation>שינוי תפקיד…</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="206"/>
        <source>Reset password…</source>
        <translation>איפוס סיסמה…</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="214"/>
        <source>Deactivate…</source>
        <translation>השבתה…</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="221"/>
        <source>Reactivate</source>
        <translation>הפעלה מחדש</translation>
    </message>
</context>
<context>
    <name>PersonRoleDialog</name>
    <message>
        <location filename="../ui/dialogs/PersonRoleDialog.qml" line="33"/>
        <source>Change the role of %1</source>
        <translation>שינוי התפקיד של %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PersonRoleDialog.qml" line="59"/>
        <source>Now: %1. The new role applies from their next query; what they may see and change follows it at once.</source>
        <translation>התפקיד הנוכחי: %1. התפקיד החדש חל החל מהשאילתה הבאה; ההרשאות לצפייה ולשינוי מתעדכנות בהתאם באופן מיידי.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PersonRoleDialog.qml" line="100"/>
        <source>Only a super admin can make someone an admin.</source>
        <translation>רק מנהלי-על יכולים להעניק תפקיד מנהל/ת מערכת.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PersonRoleDialog.qml" line="117"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PersonRoleDialog.qml" line="123"/>
        <source>Change role</source>
        <translation>שינוי תפקיד</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="37"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="46"/>
        <source>Overview</source>
        <comment>@title:page</comment>
        <translation>סקירה כללית</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="54"/>
        <source>Conversations</source>
        <comment>@title:page</comment>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="62"/>
        <source>Webhook events</source>
        <comment>@title:page</comment>
        <translation>אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="71"/>
        <source>Audit trail</source>
        <comment>@title:page</comment>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="80"/>
        <source>People</source>
        <comment>@title:page</comment>
        <translation>משתמשים</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="89"/>
        <source>API keys</source>
        <comment>@title:page</comment>
        <translation>מפתחות API</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="98"/>
        <source>Outbound</source>
        <comment>@title:page</comment>
        <translation>הודעות יוצאות</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="106"/>
        <source>Canned responses</source>
        <comment>@title:page</comment>
        <translation>תשובות מוכנות</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="159"/>
        <source>Sign out</source>
        <translation>התנתקות</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="176"/>
        <source>Sign out and try another demo person</source>
        <translation>התנתקות וכניסה להדגמה בתור משתמש/ת אחר/ת</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="177"/>
        <source>Sign out: every connection of this session closes</source>
        <translation>התנתקות: כל החיבורים של הכניסה הנוכחית ייסגרו</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="73"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="81"/>
        <source>Sign in with your own account. What you can see and change is decided by the database for your role.</source>
        <translation>יש להתחבר עם החשבון האישי. מסד הנתונים קובע מה אפשר לראות ולשנות לפי התפקיד שלך.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="93"/>
        <source>Try the demo as</source>
        <translation>כניסה להדגמה בתור</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="165"/>
        <location filename="../ui/pages/SignInPage.qml" line="366"/>
        <source>Sign in</source>
        <translation>התחברות</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="178"/>
        <source>Saved server: %1</source>
        <translation>שרת שמור: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="189"/>
        <source>Server</source>
        <translation>שרת</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="195"/>
        <source>Port</source>
        <translation>פורט</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="205"/>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="220"/>
        <source>Database</source>
        <translation>מסד נתונים</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="226"/>
        <source>Encryption (TLS)</source>
        <translation>הצפנה (TLS)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="245"/>
        <source>Off</source>
        <translation>כבויה</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="246"/>
        <source>If available</source>
        <translation>אם זמינה</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="247"/>
        <source>Required</source>
        <translation>נדרשת</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="248"/>
        <source>Verify certificate</source>
        <translation>אימות תעודה</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="249"/>
        <source>Verify certificate and host</source>
        <translation>אימות תעודה ושם השרת</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="257"/>
        <source>Sign-in name</source>
        <translation>שם התחברות</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="266"/>
        <source>e.g. maria.lopez</source>
        <translation>לדוגמה: maria.lopez</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="271"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="284"/>
        <source>Remember me on this computer (password kept in the system keychain)</source>
        <translation>לזכור אותי במחשב הזה (הסיסמה נשמרת במחזיק המפתחות של המערכת)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="315"/>
        <source>Hide details</source>
        <translation>הסתרת הפרטים</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="315"/>
        <source>Show details</source>
        <translation>הצגת הפרטים</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="357"/>
        <source>Signing in…</source>
        <translation>מתבצעת התחברות…</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="41"/>
        <source>Send a template</source>
        <comment>@title:window</comment>
        <translation>שליחת תבנית</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="71"/>
        <source>Approved by WhatsApp in advance, templates can be sent at any time, also after the 24-hour customer service window has closed.</source>
        <translation>תבניות מאושרות מראש על ידי WhatsApp, ולכן אפשר לשלוח אותן בכל עת, גם אחרי שחלון השירות של 24 השעות נסגר.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="96"/>
        <source>Search templates by name</source>
        <translation>חיפוש תבניות לפי שם</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="173"/>
        <source>%1 · %2 · %n parameter(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n פרמטר</numerusform>
            <numerusform>%1 · %2 · %n פרמטרים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="174"/>
        <source>%1 · %2 · no parameters</source>
        <translation>%1 · %2 · ללא פרמטרים</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="189"/>
        <source>Loading templates…</source>
        <translation>טוען תבניות…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="190"/>
        <source>No template matches “%1”</source>
        <translation>אין תבנית שתואמת את &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="191"/>
        <source>No approved templates</source>
        <translation>אין תבניות מאושרות</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="193"/>
        <source>Try part of the name.</source>
        <translation>אפשר לנסות חלק מהשם.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="194"/>
        <source>Create templates in WhatsApp Manager; once Meta approves them, opsdeskd syncs them here.</source>
        <translation>יש ליצור תבניות ב-WhatsApp Manager; אחרי ש-Meta מאשרת אותן, opsdeskd מסנכרן אותן לכאן.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="211"/>
        <source>Choose a template</source>
        <translation>יש לבחור תבנית</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="212"/>
        <source>Its parameters and a preview of the message appear here.</source>
        <translation>הפרמטרים של התבנית ותצוגה מקדימה של ההודעה יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="271"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="356"/>
        <source>Sync from WhatsApp</source>
        <comment>@action:button</comment>
        <translation>סנכרון מ-WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="361"/>
        <source>Templates approved in WhatsApp Manager since the last sync appear here within seconds.</source>
        <translation>תבניות שאושרו ב-WhatsApp Manager מאז הסנכרון האחרון יופיעו כאן תוך שניות.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="368"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="374"/>
        <source>Sending…</source>
        <translation>שולח…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="374"/>
        <source>Send template</source>
        <comment>@action:button</comment>
        <translation>שליחת התבנית</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="422"/>
        <source>Value for {{%1}}</source>
        <translation>ערך עבור {{%1}}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="423"/>
        <source>Parameter %1</source>
        <translation>פרמטר %1</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/TemporaryPasswordDialog.qml" line="26"/>
        <source>New password for %1</source>
        <translation>סיסמה חדשה עבור %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemporaryPasswordDialog.qml" line="62"/>
        <source>Done</source>
        <translation>סיום</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordView</name>
    <message>
        <location filename="../ui/dialogs/TemporaryPasswordView.qml" line="36"/>
        <source>%1 signs in as “%2” with this temporary password:</source>
        <translation>כדי להתחבר, %1 משתמש/ת בשם ההתחברות &quot;%2&quot; ובסיסמה הזמנית הזו:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemporaryPasswordView.qml" line="71"/>
        <source>Copied ✓</source>
        <translation>הועתק ✓</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemporaryPasswordView.qml" line="71"/>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemporaryPasswordView.qml" line="78"/>
        <source>This is the only time the password is shown; OpsDesk does not keep it. Hand it over privately. If it gets lost, reset the password again.</source>
        <translation>זו הפעם היחידה שהסיסמה מוצגת; OpsDesk לא שומר אותה. יש למסור אותה באופן פרטי. אם היא תאבד, יש לאפס את הסיסמה שוב.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="88"/>
        <source>People</source>
        <comment>@title:page</comment>
        <translation>משתמשים</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="90"/>
        <source>%1 in total · %2 active · each signs in with their own database role</source>
        <translation>סה״כ %1 · פעילים: %2 · כל אחד מתחבר עם חשבון משלו במסד הנתונים</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="91"/>
        <source>Everyone who signs in to OpsDesk</source>
        <translation>כל מי שמתחבר ל-OpsDesk</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="101"/>
        <source>Filter by name, e-mail, role… (Ctrl+F)</source>
        <translation>סינון לפי שם, דוא״ל, תפקיד… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="105"/>
        <source>Filter people</source>
        <translation>סינון משתמשים</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="109"/>
        <source>Invite person</source>
        <translation>הזמנת משתמש/ת</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="115"/>
        <source>Create an account with a temporary password (Ctrl+N)</source>
        <translation>יצירת חשבון עם סיסמה זמנית (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="146"/>
        <source>Dismiss</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="189"/>
        <source>Person</source>
        <translation>משתמש/ת</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="193"/>
        <source>Sign-in name</source>
        <translation>שם התחברות</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="197"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="201"/>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="205"/>
        <source>Last seen</source>
        <translation>פעילות אחרונה</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="232"/>
        <source>Reset the password of %1?</source>
        <translation>לאפס את הסיסמה של %1?</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="233"/>
        <source>%1 gets a new temporary password, shown to you once. Their current password stops working now; sessions already open stay open.</source>
        <translation>עבור %1 תיווצר סיסמה זמנית חדשה, שתוצג לך פעם אחת בלבד. הסיסמה הנוכחית תפסיק לעבוד מיד; חיבורים שכבר פתוחים יישארו פתוחים.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="234"/>
        <source>Reset password</source>
        <translation>איפוס סיסמה</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="237"/>
        <source>Deactivate %1?</source>
        <translation>להשבית את %1?</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="238"/>
        <source>%1 is signed out everywhere at once: every open session of theirs ends now, and signing in is refused until someone reactivates them. Nothing they did is deleted.</source>
        <translation>החשבון של %1 יתנתק מיד בכל מקום: כל החיבורים הפתוחים שלו מסתיימים עכשיו, וההתחברות תיחסם עד שמישהו יפעיל אותו מחדש. שום דבר שנעשה בחשבון לא יימחק.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="239"/>
        <source>Deactivate</source>
        <translation>השבתה</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="250"/>
        <source>Loading people…</source>
        <translation>טוען משתמשים…</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="251"/>
        <source>Nobody matches “%1”</source>
        <translation>אין משתמשים שתואמים את &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="252"/>
        <source>No people yet</source>
        <translation>אין עדיין משתמשים</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="253"/>
        <source>Check the connection to the database, then press F5 to try again.</source>
        <translation>יש לבדוק את החיבור למסד הנתונים, ואז ללחוץ על F5 כדי לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="253"/>
        <source>Ask an admin if you need to manage people.</source>
        <translation>אם יש צורך לנהל משתמשים, אפשר לפנות למנהל/ת מערכת.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="255"/>
        <source>Clear the filter (Esc) to see everyone.</source>
        <translation>אפשר לנקות את הסינון (Esc) כדי לראות את כולם.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="256"/>
        <source>Invite the first person with “Invite person” (Ctrl+N). They get a temporary password to sign in with, shown to you once.</source>
        <translation>אפשר להזמין את המשתמש/ת הראשון/ה באמצעות &quot;הזמנת משתמש/ת&quot; (Ctrl+N). תיווצר סיסמה זמנית להתחברות, שתוצג לך פעם אחת בלבד.</translation>
    </message>
</context>
<context>
    <name>WebhookEventDelegate</name>
    <message>
        <location filename="../ui/delegates/WebhookEventDelegate.qml" line="69"/>
        <source>Signed</source>
        <translation>חתום</translation>
    </message>
    <message>
        <location filename="../ui/delegates/WebhookEventDelegate.qml" line="69"/>
        <source>Unsigned</source>
        <translation>לא חתום</translation>
    </message>
</context>
<context>
    <name>WebhookEventsPage</name>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="51"/>
        <source>Webhook events</source>
        <comment>@title:page</comment>
        <translation>אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="52"/>
        <source>Newest first · %1 loaded · J/K to move</source>
        <translation>החדשים ראשונים · נטענו: %1 · J/K למעבר</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="80"/>
        <source>Loading webhook events…</source>
        <translation>טוען אירועי Webhook…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="80"/>
        <source>No webhook events yet</source>
        <translation>אין עדיין אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="81"/>
        <source>Events appear here the moment WhatsApp delivers them to opsdeskd serve.</source>
        <translation>האירועים יופיעו כאן ברגע ש-WhatsApp מוסר אותם ל-opsdeskd serve.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="102"/>
        <source>Payload</source>
        <translation>תוכן האירוע</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="103"/>
        <source>Event #%1</source>
        <translation>אירוע מס׳ %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="103"/>
        <source>Select an event to see what WhatsApp sent</source>
        <translation>יש לבחור אירוע כדי לראות מה WhatsApp שלח</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="130"/>
        <source>No event selected</source>
        <translation>לא נבחר אירוע</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="131"/>
        <source>Click an event, or press J.</source>
        <translation>יש ללחוץ על אירוע, או על J.</translation>
    </message>
</context>
<context>
    <name>opsdesk::ApiKeyListModel</name>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="64"/>
        <source>Database owner</source>
        <translation>הבעלים של מסד הנתונים</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="72"/>
        <source>Never used</source>
        <translation>טרם נעשה שימוש</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="78"/>
        <source>Active</source>
        <comment>@label API key state</comment>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="79"/>
        <source>Revoked</source>
        <comment>@label API key state</comment>
        <translation>בוטל</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="81"/>
        <source>Revoked %1</source>
        <translation>בוטל: %1</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="108"/>
        <source>Read conversations, contacts and messages.</source>
        <translation>קריאת שיחות, אנשי קשר והודעות.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="109"/>
        <source>Change conversations: status, assignee, labels.</source>
        <translation>שינוי שיחות: סטטוס, אחראי/ת, תוויות.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="110"/>
        <source>Send WhatsApp messages and templates to customers.</source>
        <translation>שליחת הודעות ותבניות WhatsApp ללקוחות.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="111"/>
        <source>Read message templates and their approval status.</source>
        <translation>קריאת תבניות הודעה וסטטוס האישור שלהן.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="112"/>
        <source>Read metric series and samples.</source>
        <translation>קריאת סדרות מדדים ודגימות.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="113"/>
        <source>Push metric samples.</source>
        <translation>שליחת דגימות מדדים.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="114"/>
        <source>Read incidents and their timelines.</source>
        <translation>קריאת תקלות וצירי הזמן שלהן.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="115"/>
        <source>Open, acknowledge and resolve incidents.</source>
        <translation>פתיחת תקלות, אישור קבלה שלהן וסגירתן.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="116"/>
        <source>Create and update orders.</source>
        <translation>יצירה ועדכון של הזמנות.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="117"/>
        <source>Read the audit trail.</source>
        <translation>קריאת יומן הביקורת.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="141"/>
        <source>Only managers and admins can see API keys.</source>
        <translation>רק מנהלים ומנהלי מערכת יכולים לראות מפתחות API.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="148"/>
        <source>Give the key a name that says what will use it.</source>
        <translation>יש לתת למפתח שם שמתאר מה ישתמש בו.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="152"/>
        <source>The name is longer than %1 characters.</source>
        <translation>השם ארוך מ-%1 תווים.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="156"/>
        <source>Choose at least one scope.</source>
        <translation>יש לבחור לפחות הרשאה (scope) אחת.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="179"/>
        <source>Could not load API keys: %1</source>
        <translation>לא ניתן לטעון את מפתחות ה-API: %1</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="204"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="215"/>
        <source>Sign in to create API keys.</source>
        <translation>יש להתחבר כדי ליצור מפתחות API.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="230"/>
        <source>Could not create the key: %1</source>
        <translation>לא ניתן ליצור את המפתח: %1</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="245"/>
        <source>Sign in to revoke API keys.</source>
        <translation>יש להתחבר כדי לבטל מפתחות API.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="259"/>
        <source>Could not revoke %1: %2</source>
        <translation>לא ניתן לבטל את %1: %2</translation>
    </message>
</context>
<context>
    <name>opsdesk::AuditLogModel</name>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="31"/>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="32"/>
        <source>Changed</source>
        <translation>שונה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="33"/>
        <source>Deleted</source>
        <translation>נמחק</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="34"/>
        <source>Emptied</source>
        <translation>רוקן</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="35"/>
        <source>Pruned</source>
        <translation>נוקה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="54"/>
        <source>Person</source>
        <translation>משתמש/ת</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="55"/>
        <source>Contact</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="56"/>
        <source>Conversation</source>
        <translation>שיחה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="57"/>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="58"/>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="59"/>
        <source>API key</source>
        <translation>מפתח API</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="60"/>
        <source>Audit trail</source>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="62"/>
        <source>Webhook event</source>
        <translation>אירוע Webhook</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="70"/>
        <source>People</source>
        <translation>משתמשים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="71"/>
        <source>Contacts</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="72"/>
        <source>Conversations</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="73"/>
        <source>Messages</source>
        <translation>הודעות</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="74"/>
        <source>Templates</source>
        <translation>תבניות</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="75"/>
        <source>API keys</source>
        <translation>מפתחות API</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="76"/>
        <source>Audit trail (retention)</source>
        <translation>יומן ביקורת (מדיניות שמירה)</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="78"/>
        <source>Webhook events</source>
        <translation>אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="95"/>
        <source>%1 %2</source>
        <comment>@label resource type, short id</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="119"/>
        <source>Local connection</source>
        <translation>חיבור מקומי</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="187"/>
        <source>%1: %2 → %3</source>
        <comment>@info field: before → after</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="189"/>
        <location filename="../models/auditlogmodel.cpp" line="191"/>
        <location filename="../models/auditlogmodel.cpp" line="894"/>
        <source>empty</source>
        <translation>ריק</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditlogmodel.cpp" line="200"/>
        <source>, +%n more</source>
        <comment>@info more changed fields</comment>
        <translation>
            <numerusform>, ועוד %n</numerusform>
            <numerusform>, ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="205"/>
        <source>Every row removed (TRUNCATE)</source>
        <translation>כל השורות נמחקו (TRUNCATE)</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="212"/>
        <source>Removed 1 entry older than %1</source>
        <translation>הוסרה רשומה אחת מלפני %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditlogmodel.cpp" line="213"/>
        <source>Removed %n entries older than %1</source>
        <translation>
            <numerusform>הוסרה %n רשומה מלפני %1</numerusform>
            <numerusform>הוסרו %n רשומות מלפני %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="223"/>
        <source>%1: “%2”</source>
        <comment>@info field: value</comment>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="227"/>
        <source>1 field</source>
        <translation>שדה אחד</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditlogmodel.cpp" line="228"/>
        <source>%n fields</source>
        <translation>
            <numerusform>%n שדה</numerusform>
            <numerusform>%n שדות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="526"/>
        <source>“%1” is not a date. Use YYYY-MM-DD or YYYY-MM-DD HH:MM.</source>
        <translation>הערך &quot;%1&quot; אינו תאריך. יש להשתמש בתבנית YYYY-MM-DD או YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="537"/>
        <source>The end of the range is before its start.</source>
        <translation>סוף הטווח מוקדם מתחילתו.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="546"/>
        <location filename="../models/auditlogmodel.cpp" line="639"/>
        <source>Last hour</source>
        <translation>השעה האחרונה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="548"/>
        <location filename="../models/auditlogmodel.cpp" line="639"/>
        <source>Last 24 hours</source>
        <translation>24 השעות האחרונות</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="550"/>
        <location filename="../models/auditlogmodel.cpp" line="640"/>
        <source>Last 7 days</source>
        <translation>7 הימים האחרונים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="552"/>
        <location filename="../models/auditlogmodel.cpp" line="640"/>
        <source>Last 30 days</source>
        <translation>30 הימים האחרונים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="554"/>
        <location filename="../models/auditlogmodel.cpp" line="572"/>
        <location filename="../models/auditlogmodel.cpp" line="641"/>
        <source>All time</source>
        <translation>כל הזמנים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="564"/>
        <source>%1 – %2</source>
        <comment>@info time range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="567"/>
        <source>Since %1</source>
        <translation>מאז %1</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="570"/>
        <source>Before %1</source>
        <translation>לפני %1</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="586"/>
        <source>Searches with three letters or digits in a row use the index; this one reads the whole trail and may take a while.</source>
        <translation>חיפוש של שלוש אותיות או ספרות רצופות משתמש באינדקס; החיפוש הזה קורא את כל היומן ועשוי להימשך זמן מה.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="627"/>
        <source>Any action</source>
        <translation>כל הפעולות</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="641"/>
        <source>Custom range…</source>
        <translation>טווח מותאם אישית…</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="727"/>
        <source>Could not load the audit trail: %1</source>
        <translation>לא ניתן לטעון את יומן הביקורת: %1</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="782"/>
        <source>Anyone</source>
        <translation>כולם</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="800"/>
        <source>Any resource</source>
        <translation>כל המשאבים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="838"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="924"/>
        <source>1 field changed</source>
        <translation>שדה אחד שונה</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditlogmodel.cpp" line="924"/>
        <source>%n fields changed</source>
        <translation>
            <numerusform>שונה %n שדה</numerusform>
            <numerusform>שונו %n שדות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="926"/>
        <source>Created with these values</source>
        <translation>נוצר עם הערכים האלה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="928"/>
        <source>Deleted; it had these values</source>
        <translation>נמחק; אלה היו הערכים שלו</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="930"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="942"/>
        <source>Finding the conversation…</source>
        <translation>מאתר את השיחה…</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="946"/>
        <source>Open People</source>
        <translation>פתיחת דף המשתמשים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="949"/>
        <source>Open API keys</source>
        <translation>פתיחת מפתחות ה-API</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="952"/>
        <source>Open webhook events</source>
        <translation>פתיחת אירועי ה-Webhook</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="973"/>
        <source>Could not find the conversation: %1</source>
        <translation>לא ניתן למצוא את השיחה: %1</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="975"/>
        <source>This contact has no conversation</source>
        <translation>לאיש הקשר הזה אין שיחה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="976"/>
        <source>The message no longer exists</source>
        <translation>ההודעה כבר לא קיימת</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="977"/>
        <source>The conversation no longer exists</source>
        <translation>השיחה כבר לא קיימת</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="981"/>
        <source>Open conversation</source>
        <translation>פתיחת השיחה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1061"/>
        <source>Choose a file on this computer to export to.</source>
        <translation>יש לבחור קובץ במחשב הזה שאליו ייוצא היומן.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1068"/>
        <source>Only managers and admins can export the audit trail.</source>
        <translation>רק מנהלים ומנהלי מערכת יכולים לייצא את יומן הביקורת.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1072"/>
        <source>Wait for the audit trail to load, then export.</source>
        <translation>יש להמתין לטעינת יומן הביקורת, ואז לייצא.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1077"/>
        <source>Counting entries…</source>
        <translation>סופר רשומות…</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1087"/>
        <source>Cancelling…</source>
        <translation>מבטל…</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1111"/>
        <source>Export failed: %1</source>
        <translation>הייצוא נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1113"/>
        <source>Export cancelled; no file was written.</source>
        <translation>הייצוא בוטל; לא נכתב קובץ.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1118"/>
        <source>Saved 1 entry to %1</source>
        <translation>נשמרה רשומה אחת בקובץ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditlogmodel.cpp" line="1118"/>
        <source>Saved %n entries to %1</source>
        <translation>
            <numerusform>נשמרה %n רשומה בקובץ %1</numerusform>
            <numerusform>נשמרו %n רשומות בקובץ %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1136"/>
        <source>%1 of %2 entries</source>
        <translation>%1 מתוך %2 רשומות</translation>
    </message>
</context>
<context>
    <name>opsdesk::CannedResponseModel</name>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="103"/>
        <source>Give it a shortcut, e.g. thanks: typing /thanks in the composer inserts it.</source>
        <translation>יש לתת לה קיצור, לדוגמה thanks: הקלדת ⁨/thanks⁩ בתיבת הכתיבה תוסיף אותה.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="106"/>
        <source>A shortcut has at most %1 characters.</source>
        <translation>קיצור יכול להכיל עד %1 תווים.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="109"/>
        <source>Use letters a–z, digits, - and _ only, starting with a letter or digit.</source>
        <translation>מותרים רק a–z, ספרות, - ו-_, והתו הראשון חייב להיות אות או ספרה.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="114"/>
        <location filename="../models/cannedresponsemodel.cpp" line="311"/>
        <source>A canned response /%1 already exists.</source>
        <translation>כבר קיימת תשובה מוכנה ⁨/%1⁩.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="124"/>
        <source>Give it a title, so people know what it says.</source>
        <translation>יש לתת לה כותרת, כדי שיהיה ברור מה כתוב בה.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="127"/>
        <source>The title has %1 characters; at most %2 fit.</source>
        <translation>הכותרת מכילה %1 תווים; מותרים עד %2.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="136"/>
        <source>Write the text it inserts.</source>
        <translation>יש לכתוב את הטקסט שהיא מוסיפה.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="139"/>
        <source>The text has %1 characters; WhatsApp takes at most %2.</source>
        <translation>הטקסט מכיל %1 תווים; WhatsApp מקבל עד %2.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="270"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="237"/>
        <source>Could not load canned responses: %1</source>
        <translation>לא ניתן לטעון את התשובות המוכנות: %1</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="281"/>
        <location filename="../models/cannedresponsemodel.cpp" line="342"/>
        <source>Sign in to change canned responses.</source>
        <translation>יש להתחבר כדי לשנות תשובות מוכנות.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="303"/>
        <location filename="../models/cannedresponsemodel.cpp" line="324"/>
        <source>Could not save: %1</source>
        <translation>לא ניתן לשמור: %1</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="322"/>
        <source>Your role may read canned responses but not change them (%1).</source>
        <translation>התפקיד שלך מאפשר לקרוא תשובות מוכנות, אבל לא לשנות אותן (%1).</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="358"/>
        <source>Could not delete: %1</source>
        <translation>לא ניתן למחוק: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::ComposerController</name>
    <message>
        <location filename="../models/composercontroller.cpp" line="153"/>
        <source>%1 / %2</source>
        <comment>@info characters typed / limit</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="193"/>
        <source>Window closed</source>
        <translation>חלון השירות סגור</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="204"/>
        <source>The customer has not written yet. WhatsApp only allows an approved template to start the conversation.</source>
        <translation>הלקוח עדיין לא כתב. ב-WhatsApp אפשר לפתוח את השיחה רק באמצעות תבנית מאושרת.</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="208"/>
        <source>The 24-hour customer service window has closed. WhatsApp only allows approved templates now.</source>
        <translation>חלון השירות של 24 השעות נסגר. מעכשיו WhatsApp מאפשר לשלוח רק תבניות מאושרות.</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="211"/>
        <source>The 24-hour customer service window closed on %1. WhatsApp only allows approved templates now.</source>
        <translation>חלון השירות של 24 השעות נסגר ב-%1. מעכשיו WhatsApp מאפשר לשלוח רק תבניות מאושרות.</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="371"/>
        <source>Could not check the customer service window: %1</source>
        <translation>לא ניתן לבדוק את חלון השירות: %1</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="389"/>
        <source>Sign in to write to customers.</source>
        <translation>יש להתחבר כדי לכתוב ללקוחות.</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="405"/>
        <location filename="../models/composercontroller.cpp" line="409"/>
        <location filename="../models/composercontroller.cpp" line="423"/>
        <source>Not sent: %1</source>
        <translation>לא נשלחה: %1</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="418"/>
        <source>Not sent: your role may read conversations but not write to customers (%1).</source>
        <translation>לא נשלחה: התפקיד שלך מאפשר לקרוא שיחות, אבל לא לכתוב ללקוחות (%1).</translation>
    </message>
</context>
<context>
    <name>opsdesk::ConversationListModel</name>
    <message>
        <location filename="../models/conversationlistmodel.cpp" line="221"/>
        <source>Open and pending</source>
        <comment>@item:inlistbox status filter</comment>
        <translation>פתוחות ובהמתנה</translation>
    </message>
    <message>
        <location filename="../models/conversationlistmodel.cpp" line="226"/>
        <source>All statuses</source>
        <comment>@item:inlistbox status filter</comment>
        <translation>כל הסטטוסים</translation>
    </message>
    <message>
        <location filename="../models/conversationlistmodel.cpp" line="329"/>
        <source>Could not load conversations: %1</source>
        <translation>לא ניתן לטעון את השיחות: %1</translation>
    </message>
    <message>
        <location filename="../models/conversationlistmodel.cpp" line="387"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::MessageListModel</name>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="234"/>
        <source>Managers can read conversations but not change them</source>
        <translation>מנהלים יכולים לקרוא שיחות, אבל לא לשנות אותן</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="264"/>
        <source>1 hour</source>
        <comment>@action:inmenu snooze</comment>
        <translation>שעה</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="265"/>
        <source>3 hours</source>
        <comment>@action:inmenu snooze</comment>
        <translation>3 שעות</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="266"/>
        <source>Tomorrow 09:00</source>
        <comment>@action:inmenu snooze</comment>
        <translation>מחר ב-09:00</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="268"/>
        <source>Next Monday 09:00</source>
        <comment>@action:inmenu snooze</comment>
        <translation>יום שני הבא ב-09:00</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="326"/>
        <location filename="../models/messagelistmodel.cpp" line="371"/>
        <source>Pick a time in the future to snooze until.</source>
        <translation>יש לבחור מועד עתידי לסיום ההשהיה.</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="366"/>
        <source>Type the time as YYYY-MM-DD HH:MM, for example %1.</source>
        <translation>יש להקליד את המועד בתבנית YYYY-MM-DD HH:MM, לדוגמה %1.</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="395"/>
        <source>This conversation already has the label “%1”.</source>
        <translation>לשיחה הזו כבר יש את התווית &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="449"/>
        <location filename="../models/messagelistmodel.cpp" line="461"/>
        <source>Could not change the conversation: %1</source>
        <translation>לא ניתן לשנות את השיחה: %1</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="454"/>
        <source>The database refused this change: your role may not change this conversation.</source>
        <translation>מסד הנתונים דחה את השינוי: התפקיד שלך לא מאפשר לשנות את השיחה הזו.</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="456"/>
        <source>The database refused this change: managers can read conversations but not change them.</source>
        <translation>מסד הנתונים דחה את השינוי: מנהלים יכולים לקרוא שיחות, אבל לא לשנות אותן.</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="459"/>
        <source>Not changed: %1</source>
        <translation>השינוי לא בוצע: %1</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="560"/>
        <source>Could not load the conversation: %1</source>
        <translation>לא ניתן לטעון את השיחה: %1</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="647"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::OutboundJobsModel</name>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="52"/>
        <source>Gave up</source>
        <comment>@label send job state: every attempt failed</comment>
        <translation>נכשלה סופית</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="53"/>
        <source>Refused</source>
        <comment>@label send job state: WhatsApp refused the message</comment>
        <translation>נדחתה</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="57"/>
        <source>%1 of %2 attempts</source>
        <translation>%1 מתוך %2 ניסיונות</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="66"/>
        <source>Message deleted</source>
        <translation>ההודעה נמחקה</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="104"/>
        <source>Only admins see the outbound queue.</source>
        <translation>רק מנהלי מערכת יכולים לראות את תור ההודעות היוצאות.</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="120"/>
        <source>Could not load the outbound queue: %1</source>
        <translation>לא ניתן לטעון את תור ההודעות היוצאות: %1</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="148"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="185"/>
        <location filename="../models/outboundjobsmodel.cpp" line="187"/>
        <source>Could not retry: %1</source>
        <translation>לא ניתן לנסות שוב: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::OverviewController</name>
    <message>
        <location filename="../models/overviewcontroller.cpp" line="41"/>
        <source>Could not count today&apos;s activity: %1</source>
        <translation>לא ניתן לספור את הפעילות של היום: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::PeopleListModel</name>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="33"/>
        <source>Answers WhatsApp conversations.</source>
        <translation>מענה לשיחות WhatsApp.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="36"/>
        <source>Reads everything, the audit trail included; changes nothing.</source>
        <translation>צפייה בהכול, כולל יומן הביקורת, ללא אפשרות לשנות דבר.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="39"/>
        <source>Manages everything, and support and manager accounts.</source>
        <translation>ניהול של הכול, כולל חשבונות בתפקידי תמיכה ומנהל/ת.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="41"/>
        <source>Everything an admin does, and manages admins too.</source>
        <translation>כל מה שמנהל/ת מערכת יכול/ה לעשות, וגם ניהול מנהלי מערכת.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="93"/>
        <location filename="../models/peoplelistmodel.cpp" line="278"/>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="96"/>
        <source>Deactivated %1</source>
        <translation>מושבת מאז %1</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="98"/>
        <location filename="../models/peoplelistmodel.cpp" line="278"/>
        <source>Deactivated</source>
        <translation>מושבת</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="101"/>
        <source>Seen %1</source>
        <translation>פעילות אחרונה: %1</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="102"/>
        <source>Never signed in</source>
        <translation>עדיין לא התחבר/ה</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="161"/>
        <source>Only admins can invite people.</source>
        <translation>רק מנהלי מערכת יכולים להזמין משתמשים.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="248"/>
        <source>Only admins can manage people.</source>
        <translation>רק מנהלי מערכת יכולים לנהל משתמשים.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="252"/>
        <source>Only a super admin can manage admins.</source>
        <translation>רק מנהלי-על יכולים לנהל מנהלי מערכת.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="262"/>
        <source>This is you: another admin has to change your role or deactivate you.</source>
        <translation>זה החשבון שלך: רק מנהל/ת מערכת אחר/ת יכול/ה לשנות את התפקיד שלך או להשבית אותך.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="295"/>
        <source>This person</source>
        <translation>המשתמש/ת</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="311"/>
        <source>Only admins can see and manage people.</source>
        <translation>רק מנהלי מערכת יכולים לראות ולנהל משתמשים.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="356"/>
        <source>Could not load people: %1</source>
        <translation>לא ניתן לטעון את המשתמשים: %1</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="402"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="413"/>
        <location filename="../models/peoplelistmodel.cpp" line="438"/>
        <location filename="../models/peoplelistmodel.cpp" line="461"/>
        <location filename="../models/peoplelistmodel.cpp" line="486"/>
        <location filename="../models/peoplelistmodel.cpp" line="509"/>
        <source>Sign in first.</source>
        <translation>יש להתחבר קודם.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="429"/>
        <source>%1 can now sign in as “%2”.</source>
        <translation>מעכשיו %1 יכול/ה להתחבר בתור &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="453"/>
        <source>%1 is now %2.</source>
        <translation>התפקיד של %1 הוא עכשיו %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/peoplelistmodel.cpp" line="476"/>
        <source>%1 is deactivated and can no longer sign in; %n open session(s) ended.</source>
        <translation>
            <numerusform>החשבון של %1 הושבת ואי אפשר עוד להתחבר אליו; %n חיבור פתוח נסגר.</numerusform>
            <numerusform>החשבון של %1 הושבת ואי אפשר עוד להתחבר אליו; %n חיבורים פתוחים נסגרו.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="501"/>
        <source>%1 can sign in again with their password.</source>
        <translation>אפשר שוב להתחבר לחשבון של %1 עם הסיסמה הקיימת.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="527"/>
        <source>%1 has a new temporary password; the old one no longer works.</source>
        <translation>נוצרה סיסמה זמנית חדשה עבור %1; הסיסמה הקודמת כבר לא עובדת.</translation>
    </message>
</context>
<context>
    <name>opsdesk::SignInController</name>
    <message>
        <location filename="../models/signincontroller.cpp" line="162"/>
        <source>No saved password for this profile (%1). Type it to sign in.</source>
        <translation>אין סיסמה שמורה לפרופיל הזה (%1). יש להקליד אותה כדי להתחבר.</translation>
    </message>
    <message>
        <location filename="../models/signincontroller.cpp" line="253"/>
        <source>No system keychain is available, so your password was not saved. You will be asked for it next time.</source>
        <translation>מחזיק המפתחות של המערכת אינו זמין, ולכן הסיסמה לא נשמרה. בפעם הבאה יהיה צריך להקליד אותה שוב.</translation>
    </message>
    <message>
        <location filename="../models/signincontroller.cpp" line="307"/>
        <source>Demo · private cluster on port %1</source>
        <translation>הדגמה · אשכול פרטי בפורט %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::TemplateListModel</name>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="41"/>
        <source>Marketing</source>
        <comment>@label template category</comment>
        <translation>שיווק</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="44"/>
        <source>Utility</source>
        <comment>@label template category</comment>
        <translation>תפעול</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="47"/>
        <source>Authentication</source>
        <comment>@label template category</comment>
        <translation>אימות</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="105"/>
        <source>Fill in %1.</source>
        <translation>יש למלא את %1.</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="108"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>הערך של %1 ארוך מ-%2 תווים.</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="113"/>
        <source>%1 cannot hold line breaks, tabs or more than four spaces in a row.</source>
        <translation>הערך של %1 לא יכול להכיל מעברי שורה, טאבים או יותר מארבעה רווחים ברצף.</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="240"/>
        <source>Choose a template.</source>
        <translation>יש לבחור תבנית.</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="390"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="367"/>
        <source>Could not load the templates: %1</source>
        <translation>לא ניתן לטעון את התבניות: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::WebhookEventListModel</name>
    <message>
        <location filename="../models/webhookeventlistmodel.cpp" line="121"/>
        <source>Could not load webhook events: %1</source>
        <translation>לא ניתן לטעון את אירועי ה-Webhook: %1</translation>
    </message>
    <message>
        <location filename="../models/webhookeventlistmodel.cpp" line="159"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/webhookeventlistmodel.cpp" line="174"/>
        <source>Could not load the payload: %1</source>
        <translation>לא ניתן לטעון את תוכן האירוע: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::Workspace</name>
    <message>
        <location filename="../models/workspace.cpp" line="103"/>
        <source>Reloaded: %1.</source>
        <translation>נטען מחדש: %1.</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="170"/>
        <source>Connecting…</source>
        <translation>מתחבר…</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="172"/>
        <source>Live</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="174"/>
        <source>Reconnecting…</source>
        <translation>מתחבר מחדש…</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="176"/>
        <source>Offline</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="255"/>
        <source>Asked opsdeskd for the latest templates from WhatsApp; the list updates as soon as they arrive.</source>
        <translation>נשלחה ל-opsdeskd בקשה לתבניות העדכניות מ-WhatsApp; הרשימה תתעדכן ברגע שהן יגיעו.</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="257"/>
        <source>Could not ask for new templates: %1</source>
        <translation>לא ניתן לבקש תבניות חדשות: %1</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="282"/>
        <source>Your account was deactivated, so you were signed out. Ask an admin if this is a mistake.</source>
        <translation>החשבון שלך הושבת, ולכן בוצעה התנתקות. אם מדובר בטעות, אפשר לפנות למנהל/ת מערכת.</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="284"/>
        <source>Your password was changed, so you were signed out. Sign in with the new password.</source>
        <translation>הסיסמה שלך שונתה, ולכן בוצעה התנתקות. יש להתחבר עם הסיסמה החדשה.</translation>
    </message>
</context>
<context>
    <name>opsdesk::display</name>
    <message>
        <location filename="../models/displayformat.cpp" line="41"/>
        <source>Yesterday</source>
        <translation>אתמול</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="102"/>
        <source>No customer message yet</source>
        <translation>אין עדיין הודעה מהלקוח</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="107"/>
        <source>%1 h %2 min</source>
        <translation>%1 שע׳ %2 דק׳</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displayformat.cpp" line="108"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n דק׳</numerusform>
            <numerusform>%n דק׳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="109"/>
        <source>Window open · closes in %1</source>
        <translation>חלון השירות פתוח · נסגר בעוד %1</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="111"/>
        <source>Window closed since %1</source>
        <translation>חלון השירות סגור מאז %1</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="138"/>
        <source>Queued</source>
        <translation>בתור</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="139"/>
        <source>Sent</source>
        <translation>נשלח</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="140"/>
        <source>Delivered</source>
        <translation>נמסר</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="141"/>
        <source>Read</source>
        <translation>נקרא</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="142"/>
        <location filename="../models/displayformat.cpp" line="159"/>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="148"/>
        <source>Open</source>
        <translation>פתוחה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="149"/>
        <location filename="../models/displayformat.cpp" line="157"/>
        <source>Pending</source>
        <translation>בהמתנה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="150"/>
        <source>Snoozed</source>
        <translation>בהשהיה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="151"/>
        <source>Resolved</source>
        <translation>טופלה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="158"/>
        <source>Processed</source>
        <translation>טופל</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="160"/>
        <source>Ignored</source>
        <translation>דולג</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="167"/>
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="168"/>
        <source>Voice message</source>
        <translation>הודעה קולית</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="169"/>
        <source>Video</source>
        <translation>סרטון</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="170"/>
        <source>Document</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="171"/>
        <source>Sticker</source>
        <translation>מדבקה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="172"/>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="173"/>
        <source>Contact card</source>
        <translation>כרטיס איש קשר</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="174"/>
        <source>Interactive reply</source>
        <translation>תשובה אינטראקטיבית</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="175"/>
        <source>Button reply</source>
        <translation>תשובה בלחצן</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="176"/>
        <source>Reaction</source>
        <translation>תגובה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="177"/>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="178"/>
        <source>Private note</source>
        <translation>הערה פנימית</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="179"/>
        <source>Unsupported message</source>
        <translation>הודעה שאינה נתמכת</translation>
    </message>
    <message>
        <location filename="../models/inboxlabels.cpp" line="29"/>
        <source>Waiting under a minute</source>
        <translation>זמן המתנה: פחות מדקה</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/inboxlabels.cpp" line="32"/>
        <source>Waiting %n min</source>
        <translation>
            <numerusform>זמן המתנה: %n דק׳</numerusform>
            <numerusform>זמן המתנה: %n דק׳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/inboxlabels.cpp" line="35"/>
        <source>Waiting %1 h %2 min</source>
        <translation>זמן המתנה: %1 שע׳ %2 דק׳</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/inboxlabels.cpp" line="37"/>
        <source>Waiting %n day(s)</source>
        <translation>
            <numerusform>זמן המתנה: %n יום</numerusform>
            <numerusform>זמן המתנה: %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/inboxlabels.cpp" line="50"/>
        <location filename="../models/inboxlabels.cpp" line="59"/>
        <source>Snoozed until %1</source>
        <translation>בהשהיה עד %1</translation>
    </message>
    <message>
        <location filename="../models/inboxlabels.cpp" line="53"/>
        <source>Snoozed until tomorrow %1</source>
        <translation>בהשהיה עד מחר ב-%1</translation>
    </message>
    <message>
        <location filename="../models/inboxlabels.cpp" line="56"/>
        <source>Snoozed until %1 %2</source>
        <translation>בהשהיה עד %1 ב-%2</translation>
    </message>
    <message>
        <location filename="../models/inboxlabels.cpp" line="67"/>
        <source>Also viewing: %1</source>
        <translation>צופים כעת גם: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::people</name>
    <message>
        <location filename="../services/people.cpp" line="56"/>
        <source>This person no longer exists. The list shows who is there now.</source>
        <translation>החשבון הזה כבר לא קיים. הרשימה מציגה את המשתמשים הקיימים כעת.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="73"/>
        <source>The connection to the database was lost, so the change may not have been made. Check the list and try again.</source>
        <translation>החיבור למסד הנתונים נותק, ולכן ייתכן שהשינוי לא בוצע. יש לבדוק את הרשימה ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="75"/>
        <source>Could not reach the database. Check the connection and try again.</source>
        <translation>לא ניתן להתחבר למסד הנתונים. יש לבדוק את החיבור ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="132"/>
        <source>Support</source>
        <translation>תמיכה</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="135"/>
        <source>Manager</source>
        <translation>מנהל/ת</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="138"/>
        <source>Admin</source>
        <translation>מנהל/ת מערכת</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="141"/>
        <source>Super admin</source>
        <translation>מנהל/ת-על</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="150"/>
        <source>Enter a sign-in name.</source>
        <translation>יש להזין שם התחברות.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="153"/>
        <source>Sign-in names starting with pg_ or opsdesk_ are reserved. Choose another one.</source>
        <translation>שמות התחברות שמתחילים ב-pg_ או ב-opsdesk_ שמורים למערכת. יש לבחור שם אחר.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="156"/>
        <source>A sign-in name has 2 to 63 characters.</source>
        <translation>שם התחברות צריך להכיל 2 עד 63 תווים.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="159"/>
        <source>A sign-in name starts with a lower-case letter (a-z) and may then contain only a-z, 0-9, _ . and -.</source>
        <translation>שם התחברות מתחיל באות לטינית קטנה (a-z), ואחריה מותרים רק a-z, 0-9 והתווים _ . -.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="171"/>
        <source>Enter an e-mail address.</source>
        <translation>יש להזין כתובת דוא״ל.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="174"/>
        <source>An e-mail address has at most 254 characters.</source>
        <translation>כתובת דוא״ל יכולה להכיל עד 254 תווים.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="177"/>
        <location filename="../services/people.cpp" line="293"/>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>יש להזין כתובת דוא״ל בפורמט name@example.com.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="185"/>
        <location filename="../services/people.cpp" line="297"/>
        <source>Enter the person&apos;s name as colleagues should see it.</source>
        <translation>יש להזין את השם כפי שהוא יוצג לעמיתים.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="188"/>
        <source>A name has at most 200 characters.</source>
        <translation>שם יכול להכיל עד 200 תווים.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="196"/>
        <location filename="../services/people.cpp" line="300"/>
        <source>Choose a role: support, manager, admin or super admin.</source>
        <translation>יש לבחור תפקיד: תמיכה, מנהל/ת, מנהל/ת מערכת או מנהל/ת-על.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="253"/>
        <source>Only a super admin can manage admins.</source>
        <translation>רק מנהלי-על יכולים לנהל מנהלי מערכת.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="257"/>
        <source>You cannot change your own role. Ask another admin to do it.</source>
        <translation>אי אפשר לשנות את התפקיד של עצמך. יש לבקש זאת ממנהל/ת מערכת אחר/ת.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="263"/>
        <source>You cannot deactivate yourself. Ask another admin to do it.</source>
        <translation>אי אפשר להשבית את החשבון של עצמך. יש לבקש זאת ממנהל/ת מערכת אחר/ת.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="268"/>
        <source>Only admins can manage people.</source>
        <translation>רק מנהלי מערכת יכולים לנהל משתמשים.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="273"/>
        <source>The sign-in name &quot;%1&quot; is already taken. Choose another one.</source>
        <translation>שם ההתחברות &quot;%1&quot; כבר תפוס. יש לבחור שם אחר.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="279"/>
        <source>Someone already has this e-mail address. Each person needs their own.</source>
        <translation>כתובת הדוא״ל הזו כבר בשימוש. לכל משתמש/ת נדרשת כתובת נפרדת.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="283"/>
        <source>This sign-in name is already taken. Choose another one.</source>
        <translation>שם ההתחברות הזה כבר תפוס. יש לבחור שם אחר.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="289"/>
        <source>This sign-in name is not allowed.</source>
        <translation>אי אפשר להשתמש בשם ההתחברות הזה.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="304"/>
        <source>The database did not accept the new password. Nothing was changed.</source>
        <translation>מסד הנתונים לא קיבל את הסיסמה החדשה. לא בוצע שום שינוי.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="309"/>
        <source>The database refused the input: %1.</source>
        <translation>מסד הנתונים דחה את הקלט: %1.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="320"/>
        <source>The database took too long to answer. Nothing was changed; try again.</source>
        <translation>מסד הנתונים לא הגיב בזמן. לא בוצע שום שינוי; יש לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="324"/>
        <source>The database refused this: %1.</source>
        <translation>מסד הנתונים דחה את הפעולה: %1.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="354"/>
        <source>Nobody signs in as &quot;%1&quot;. `opsdeskd user list` shows who does.</source>
        <translation>אין משתמש עם שם ההתחברות &quot;%1&quot;. הפקודה `opsdeskd user list` מציגה את כל שמות ההתחברות הקיימים.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="376"/>
        <location filename="../services/people.cpp" line="461"/>
        <source>Could not prepare the password: %1</source>
        <translation>לא ניתן להכין את הסיסמה: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::signin</name>
    <message>
        <location filename="../services/signin.cpp" line="64"/>
        <source>The sign-in name or password is wrong. Check both (passwords are case-sensitive) or ask an admin to reset your password.</source>
        <translation>שם ההתחברות או הסיסמה שגויים. יש לבדוק את שניהם (בסיסמה יש הבחנה בין אותיות גדולות לקטנות) או לבקש ממנהל/ת מערכת לאפס את הסיסמה שלך.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="67"/>
        <source>The account “%1” is deactivated. Ask an admin to reactivate it.</source>
        <translation>החשבון &quot;%1&quot; מושבת. יש לבקש ממנהל/ת מערכת להפעיל אותו מחדש.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="70"/>
        <source>The server “%1” is unknown. Check the host name in the server profile.</source>
        <translation>השרת &quot;%1&quot; לא מוכר. יש לבדוק את שם המארח בפרופיל השרת.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="73"/>
        <source>No database server answers at %1. Check the host and port, or whether the server is running.</source>
        <translation>אין שרת מסד נתונים שעונה בכתובת %1. יש לבדוק את המארח והפורט, או לוודא שהשרת פועל.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="77"/>
        <source>The server at %1 accepts only encrypted (TLS) connections. Set the profile&apos;s TLS mode to “require” or stronger.</source>
        <translation>השרת בכתובת %1 מקבל רק חיבורים מוצפנים (TLS). יש להגדיר בפרופיל את מצב ה-TLS ל-&quot;require&quot; (נדרשת) או למצב מחמיר יותר.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="81"/>
        <source>The profile requires TLS, but the server at %1 does not offer it. Ask your administrator to enable TLS, or lower the profile&apos;s TLS mode.</source>
        <translation>הפרופיל מחייב TLS, אבל השרת בכתובת %1 לא מציע אותו. יש לבקש ממנהל/ת המערכת להפעיל TLS, או להוריד את רמת ה-TLS בפרופיל.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="85"/>
        <source>The database “%1” does not exist on %2. Check the database name in the server profile.</source>
        <translation>מסד הנתונים &quot;%1&quot; לא קיים בשרת %2. יש לבדוק את שם מסד הנתונים בפרופיל השרת.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="89"/>
        <source>The database “%1” is not set up for OpsDesk yet. Run “opsdeskd migrate” against it first.</source>
        <translation>מסד הנתונים &quot;%1&quot; עדיין לא הוגדר עבור OpsDesk. יש להריץ עליו קודם את &quot;opsdeskd migrate&quot;.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="93"/>
        <source>“%1” can sign in to the database but is not an OpsDesk account. Ask an admin to create one (People page, or “opsdeskd user create”).</source>
        <translation>המשתמש &quot;%1&quot; יכול להתחבר למסד הנתונים, אבל אין לו חשבון OpsDesk. יש לבקש ממנהל/ת מערכת ליצור חשבון (בדף &quot;משתמשים&quot;, או באמצעות &quot;opsdeskd user create&quot;).</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="97"/>
        <source>Signing in failed. The details below say why.</source>
        <translation>ההתחברות נכשלה. הסיבה מופיעה בפרטים שלמטה.</translation>
    </message>
</context>
</TS>
