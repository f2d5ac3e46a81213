<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About newsdesk</source>
        <translation>عن newsdesk</translation>
    </message>
    <message>
        <source>A newsroom editor for Arabic news sites that publish with WordPress. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>محرر لغرف أخبار المواقع العربية التي تنشر عبر ووردبريس. مرخّص بموجب رخصة جنو العمومية، الإصدار الثالث أو أحدث.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>مبني باستخدام:</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Remove account…</source>
        <translation>إزالة الحساب…</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>تحقّق وأضف</translation>
    </message>
    <message>
        <source>Create an application password in WordPress under Users → Profile → Application Passwords. It is kept in the system keyring, never in a file.</source>
        <translation>أنشئ كلمة مرور تطبيق في ووردبريس من: المستخدمون ← الملف الشخصي ← كلمات مرور التطبيقات. تُحفظ في حلقة مفاتيح النظام، ولا تُكتب في أي ملف.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>عنوان الموقع</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>كلمة مرور التطبيق</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>إزالة الحساب</translation>
    </message>
    <message>
        <source>Remove {user} on {site}? Its application password is deleted from the keyring; the articles and comments it brought stay.</source>
        <translation>أتزيل حساب {user} على {site}؟ ستُحذف كلمة مرور التطبيق الخاصة به من حلقة المفاتيح، وتبقى المقالات والتعليقات التي جلبها.</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>أُزيل الحساب.</translation>
    </message>
    <message>
        <source>Fill in the site address, user name and password.</source>
        <translation>املأ عنوان الموقع واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>Checking the account on the site…</source>
        <translation>جارٍ التحقق من الحساب على الموقع…</translation>
    </message>
    <message>
        <source>Connected to {site} as {user}.</source>
        <translation>تم الاتصال بـ{site} باسم {user}.</translation>
    </message>
    <message>
        <source>Warning: plain http:// is accepted only for a site on this computer.</source>
        <translation>تنبيه: لا يُقبل ‎http://‎ غير المشفّر إلا لموقع على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>newsdesk</source>
        <translation>newsdesk</translation>
    </message>
    <message>
        <source>The store could not be opened ({code}).</source>
        <translation>تعذّر فتح قاعدة البيانات ({code}).</translation>
    </message>
</context>
<context>
    <name>ArticlePicker</name>
    <message>
        <source>Choose an article</source>
        <translation>اختر مقالاً</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>البحث في المقالات</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تعديل</translation>
    </message>
</context>
<context>
    <name>ArticlesPane</name>
    <message>
        <source>Search articles (Arabic spelling variants match)</source>
        <translation>ابحث في المقالات (تُطابَق أشكال الهمزة والتشكيل تلقائياً)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>البحث في المقالات</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Article preview</source>
        <translation>معاينة المقال</translation>
    </message>
    <message>
        <source>No articles here.</source>
        <translation>لا توجد مقالات هنا.</translation>
    </message>
    <message>
        <source>That article is not in this store.</source>
        <translation>هذا المقال غير موجود في قاعدة البيانات الحالية.</translation>
    </message>
</context>
<context>
    <name>AuthorListModel</name>
    <message>
        <source>The newsroom as a whole: a byline, not a person</source>
        <translation>غرفة الأخبار كلها: توقيع، لا شخص</translation>
    </message>
</context>
<context>
    <name>AuthorsPane</name>
    <message>
        <source>Search authors by Arabic or Latin name</source>
        <translation>ابحث عن الكتّاب بالاسم العربي أو اللاتيني</translation>
    </message>
    <message>
        <source>Search authors</source>
        <translation>البحث عن الكتّاب</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <source>New author…</source>
        <translation>كاتب جديد…</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Kept in newsdesk only: WordPress has no field for it.</source>
        <translation>يُحفظ في newsdesk فقط: لا حقل له في ووردبريس.</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمّى الوظيفي</translation>
    </message>
    <message>
        <source>Short bio in Arabic</source>
        <translation>نبذة قصيرة بالعربية</translation>
    </message>
    <message>
        <source>Short bio in English</source>
        <translation>نبذة قصيرة بالإنجليزية</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Social links</source>
        <translation>روابط التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>One address per line, https://…</source>
        <translation>عنوان واحد في كل سطر، ‎https://…‎</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>اختر صورة…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <source>The editorial team is a byline, not a person: it has no profile to edit, and articles it signs carry no author box.</source>
        <translation>فريق التحرير توقيع لا شخص: ليس له ملف شخصي يُحرَّر، والمقالات التي يوقّعها لا تحمل مربع كاتب.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Cropped square and kept on this computer; never fetched from Gravatar.</source>
        <translation>تُقصّ مربعةً وتُحفظ على هذا الحاسوب؛ ولا تُجلب من Gravatar أبداً.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Update on the site</source>
        <translation>حدّث على الموقع</translation>
    </message>
    <message>
        <source>WordPress account</source>
        <translation>حساب ووردبريس</translation>
    </message>
    <message>
        <source>Profile form</source>
        <translation>نموذج الملف الشخصي</translation>
    </message>
    <message>
        <source>Author box preview</source>
        <translation>معاينة مربع الكاتب</translation>
    </message>
    <message>
        <source>Under an article:</source>
        <translation>أسفل المقال:</translation>
    </message>
    <message>
        <source>The author&apos;s articles</source>
        <translation>مقالات الكاتب</translation>
    </message>
    <message>
        <source>{name} on {site}</source>
        <translation>{name} على {site}</translation>
    </message>
    <message>
        <source>Your changes to {name} were not saved: some fields are not valid.</source>
        <translation>لم تُحفظ تعديلاتك على {name}: بعض الحقول غير صالحة.</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s): {counts}</source>
        <translation>
            <numerusform>لا مقالات: {counts}</numerusform>
            <numerusform>مقال واحد: {counts}</numerusform>
            <numerusform>مقالان: {counts}</numerusform>
            <numerusform>%Ln مقالات: {counts}</numerusform>
            <numerusform>%Ln مقالاً: {counts}</numerusform>
            <numerusform>%Ln مقال: {counts}</numerusform>
        </translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا صورة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s): longer than the {target} the author box shows well</source>
        <translation>
            <numerusform>لا أحرف</numerusform>
            <numerusform>حرف واحد: أطول من {target} التي يعرضها مربع الكاتب جيداً</numerusform>
            <numerusform>حرفان: أطول من {target} التي يعرضها مربع الكاتب جيداً</numerusform>
            <numerusform>%Ln أحرف: أطول من {target} التي يعرضها مربع الكاتب جيداً</numerusform>
            <numerusform>%Ln حرفاً: أطول من {target} التي يعرضها مربع الكاتب جيداً</numerusform>
            <numerusform>%Ln حرف: أطول من {target} التي يعرضها مربع الكاتب جيداً</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) of about {target}</source>
        <translation>
            <numerusform>لا أحرف من نحو {target}</numerusform>
            <numerusform>حرف واحد من نحو {target}</numerusform>
            <numerusform>حرفان من نحو {target}</numerusform>
            <numerusform>%Ln أحرف من نحو {target}</numerusform>
            <numerusform>%Ln حرفاً من نحو {target}</numerusform>
            <numerusform>%Ln حرف من نحو {target}</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile is not linked to a WordPress user; pull from the site first.</source>
        <translation>هذا الملف غير مرتبط بمستخدم في ووردبريس؛ اسحب البيانات من الموقع أولاً.</translation>
    </message>
    <message>
        <source>Add a WordPress account to update profiles on the site.</source>
        <translation>أضف حساب ووردبريس لتحديث الملفات الشخصية على الموقع.</translation>
    </message>
    <message>
        <source>Sends the Arabic name, the Arabic bio and the website. Your own profile can always be updated; other people&apos;s need an administrator account.</source>
        <translation>يرسل الاسم العربي والنبذة العربية والموقع الإلكتروني. يمكنك دائماً تحديث ملفك الشخصي؛ أما ملفات الآخرين فتحتاج حساب مدير.</translation>
    </message>
    <message>
        <source>This profile follows WordPress: the next pull replaces its name and bio with the site&apos;s. Update it on the site to keep your changes.</source>
        <translation>هذا الملف يتبع ووردبريس: السحب التالي يستبدل اسمه ونبذته بما على الموقع. حدّثه على الموقع لتحتفظ بتعديلاتك.</translation>
    </message>
    <message>
        <source>Enter the name as bylines show it.</source>
        <translation>اكتب الاسم كما يظهر في التوقيعات.</translation>
    </message>
    <message>
        <source>Another profile already uses this name.</source>
        <translation>ملف آخر يستخدم هذا الاسم.</translation>
    </message>
    <message>
        <source>This is the editorial team&apos;s byline, not a person&apos;s name.</source>
        <translation>هذا توقيع فريق التحرير، لا اسم شخص.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>هذا أطول من اللازم.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>هذا ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Enter a whole address beginning with https:// or http://.</source>
        <translation>اكتب عنواناً كاملاً يبدأ بـ ‎https://‎ أو ‎http://‎.</translation>
    </message>
    <message>
        <source>Link {number}: {problem}</source>
        <translation>الرابط {number}: {problem}</translation>
    </message>
    <message>
        <source>New author</source>
        <translation>كاتب جديد</translation>
    </message>
    <message>
        <source>Name as it appears in bylines:</source>
        <translation>الاسم كما يظهر في التوقيع:</translation>
    </message>
    <message>
        <source>Added. Fill in the rest of the profile and save.</source>
        <translation>أُضيف. أكمل بقية الملف الشخصي ثم احفظ.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>صور (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>That file is not an image newsdesk can read.</source>
        <translation>هذا الملف ليس صورة يستطيع newsdesk قراءتها.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Updated on the site, which changed: {fields}.</source>
        <translation>حُدّث على الموقع، وقد غيّر: {fields}.</translation>
    </message>
    <message>
        <source>Updated on the site.</source>
        <translation>حُدّث على الموقع.</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>عنوان رئيسي</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <source>Minor heading</source>
        <translation>عنوان ثانوي</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>قائمة مرقّمة</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <source>Read also…</source>
        <translation>اقرأ أيضاً…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>نسخ بصيغة Markdown</translation>
    </message>
    <message>
        <source>Paste Markdown</source>
        <translation>لصق نص Markdown</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Direction from text</source>
        <translation>الاتجاه حسب النص</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>قص</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Article body</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>النسخ السابقة</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>التدقيق الطباعي</translation>
    </message>
    <message>
        <source>This article changed on the site while you were editing it. Nothing was overwritten.</source>
        <translation>تغيّر هذا المقال على الموقع أثناء تحريرك له. لم يُكتب فوق أي شيء.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>حُفظ الساعة {time}</translation>
    </message>
    <message>
        <source>Not saved: the store refused the write ({code}). Your text is kept.</source>
        <translation>لم يُحفظ: رفضت قاعدة البيانات الكتابة ({code}). نصّك باقٍ في المحرر.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>لا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>%Ln حرفاً</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>أقل من دقيقة قراءة</numerusform>
            <numerusform>دقيقة قراءة واحدة</numerusform>
            <numerusform>دقيقتا قراءة</numerusform>
            <numerusform>%Ln دقائق قراءة</numerusform>
            <numerusform>%Ln دقيقة قراءة</numerusform>
            <numerusform>%Ln دقيقة قراءة</numerusform>
        </translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Link target (empty removes the link):</source>
        <translation>عنوان الرابط (اتركه فارغاً لإزالة الرابط):</translation>
    </message>
    <message>
        <source>Revision restored; it will be saved as a new revision.</source>
        <translation>استُعيدت النسخة، وستُحفظ نسخةً جديدة.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {detail} does not exist.</source>
        <translation>الملف {detail} غير موجود.</translation>
    </message>
    <message>
        <source>The file {detail} cannot be read.</source>
        <translation>تعذّرت قراءة الملف {detail}.</translation>
    </message>
    <message>
        <source>{detail} is not a text file.</source>
        <translation>{detail} ليس ملفاً نصياً.</translation>
    </message>
    <message>
        <source>{detail} is not UTF-8 text.</source>
        <translation>{detail} ليس نصاً بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The article has no title ({detail}).</source>
        <translation>المقال بلا عنوان ({detail}).</translation>
    </message>
    <message>
        <source>A metadata field is wrong: {detail}.</source>
        <translation>أحد حقول البيانات الوصفية غير صحيح: {detail}.</translation>
    </message>
    <message>
        <source>That article is no longer in the store.</source>
        <translation>لم يعد هذا المقال موجوداً في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The store refused the write ({detail}). Nothing was lost on screen.</source>
        <translation>رفضت قاعدة البيانات الكتابة ({detail}). لم يضِع شيء مما على الشاشة.</translation>
    </message>
    <message>
        <source>Cannot write {detail}.</source>
        <translation>تعذّرت كتابة {detail}.</translation>
    </message>
    <message>
        <source>That is not a site address: {detail}.</source>
        <translation>هذا ليس عنوان موقع: {detail}.</translation>
    </message>
    <message>
        <source>Use https:// for a site on another computer ({detail}).</source>
        <translation>استخدم ‎https://‎ لموقع على حاسوب آخر ({detail}).</translation>
    </message>
    <message>
        <source>The site cannot be reached. newsdesk will try again.</source>
        <translation>تعذّر الوصول إلى الموقع. سيعيد newsdesk المحاولة.</translation>
    </message>
    <message>
        <source>The connection to the site broke off. newsdesk will try again.</source>
        <translation>انقطع الاتصال بالموقع. سيعيد newsdesk المحاولة.</translation>
    </message>
    <message>
        <source>The site took too long to answer. newsdesk will try again.</source>
        <translation>تأخّر الموقع في الرد. سيعيد newsdesk المحاولة.</translation>
    </message>
    <message>
        <source>The site had an internal error ({detail}). newsdesk will try again.</source>
        <translation>حدث خطأ داخلي في الموقع ({detail}). سيعيد newsdesk المحاولة.</translation>
    </message>
    <message>
        <source>The site asks newsdesk to slow down. It will try again later.</source>
        <translation>يطلب الموقع الإبطاء. سيعيد newsdesk المحاولة لاحقاً.</translation>
    </message>
    <message>
        <source>The site answered with something that is not WordPress data.</source>
        <translation>ردّ الموقع بما ليس بيانات ووردبريس.</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate could not be verified.</source>
        <translation>تعذّر التحقق من شهادة أمان الموقع.</translation>
    </message>
    <message>
        <source>The site moved to {detail}. Add the account with that address.</source>
        <translation>انتقل الموقع إلى {detail}. أضف الحساب بهذا العنوان.</translation>
    </message>
    <message>
        <source>No WordPress REST API answers at that address.</source>
        <translation>لا توجد واجهة ووردبريس البرمجية على هذا العنوان.</translation>
    </message>
    <message>
        <source>Application passwords are switched off on this site.</source>
        <translation>كلمات مرور التطبيقات معطّلة على هذا الموقع.</translation>
    </message>
    <message>
        <source>The data folder is set by --data-dir or NEWSDESK_DATA_DIR; change that instead.</source>
        <translation>مجلد البيانات محدَّد بالخيار ‎--data-dir‎ أو بالمتغير ‎NEWSDESK_DATA_DIR‎؛ غيّره من هناك.</translation>
    </message>
    <message>
        <source>Choose an empty folder outside the current data folder ({detail}).</source>
        <translation>اختر مجلداً فارغاً خارج مجلد البيانات الحالي ({detail}).</translation>
    </message>
    <message>
        <source>This article is on the site. Trash it there; the next pull brings the trash here.</source>
        <translation>هذا المقال موجود على الموقع. انقله إلى المهملات هناك، وسيصل ذلك إلى هنا مع الجلب التالي.</translation>
    </message>
    <message>
        <source>Some work still waits to be sent with this account ({detail}). Remove it afterwards.</source>
        <translation>ما زالت أعمال تنتظر الإرسال بهذا الحساب ({detail}). أزله بعد إرسالها.</translation>
    </message>
    <message>
        <source>The store is open in another newsdesk. Close it, then try again.</source>
        <translation>المخزن مفتوح في نسخة أخرى من newsdesk. أغلقها ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The copy did not match the store ({detail}). Nothing was moved.</source>
        <translation>لم تطابق النسخةُ المخزنَ ({detail}). لم يُنقل شيء.</translation>
    </message>
    <message>
        <source>The site refused the user name or application password.</source>
        <translation>رفض الموقع اسم المستخدم أو كلمة مرور التطبيق.</translation>
    </message>
    <message>
        <source>This account may not do that on the site ({detail}).</source>
        <translation>لا يملك هذا الحساب صلاحية ذلك على الموقع ({detail}).</translation>
    </message>
    <message>
        <source>The site has no such item.</source>
        <translation>لا يوجد هذا العنصر على الموقع.</translation>
    </message>
    <message>
        <source>The site refused the request ({detail}).</source>
        <translation>رفض الموقع الطلب ({detail}).</translation>
    </message>
    <message>
        <source>There is no system keyring to keep the password in safely. Install and unlock one (GNOME Keyring, KWallet), or set NEWSDESK_WP_APP_PASSWORD for automation.</source>
        <translation>لا توجد حلقة مفاتيح في النظام لحفظ كلمة المرور بأمان. ثبّت واحدة وافتحها (GNOME Keyring أو KWallet)، أو اضبط NEWSDESK_WP_APP_PASSWORD للاستخدام الآلي.</translation>
    </message>
    <message>
        <source>The system keyring refused the request.</source>
        <translation>رفضت حلقة مفاتيح النظام الطلب.</translation>
    </message>
    <message>
        <source>No application password is stored for {detail}.</source>
        <translation>لا توجد كلمة مرور تطبيق محفوظة لـ{detail}.</translation>
    </message>
    <message>
        <source>The article changed on the site since the last sync. Nothing was overwritten.</source>
        <translation>تغيّر المقال على الموقع منذ آخر مزامنة. لم يُكتب فوق أي شيء.</translation>
    </message>
    <message>
        <source>Something went wrong ({code}).</source>
        <translation>حدث خطأ ما ({code}).</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <source>Ignore harakat, tatweel and hamza forms</source>
        <translation>تجاهل التشكيل والتطويل وأشكال الهمزة</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HintBar</name>
    <message>
        <source>Hint</source>
        <translation>تلميح</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <source>Turn hints off</source>
        <translation>أوقف التلميحات</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>افصل بين الوسوم بفواصل</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>الرابط المختصر</translation>
    </message>
    <message>
        <source>Make the slug from the title</source>
        <translation>اشتقّ الرابط المختصر من العنوان</translation>
    </message>
    <message>
        <source>No featured image</source>
        <translation>لا توجد صورة بارزة</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>اختر صورة…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <source>Image description</source>
        <translation>وصف الصورة</translation>
    </message>
    <message>
        <source>What the image shows (alt text)</source>
        <translation>ما الذي تُظهره الصورة (النص البديل)</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>مقالات ذات صلة</translation>
    </message>
    <message>
        <source>Add related article</source>
        <translation>إضافة مقال ذي صلة</translation>
    </message>
    <message>
        <source>Remove related article</source>
        <translation>إزالة المقال ذي الصلة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>الصورة البارزة</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>ذات صلة</translation>
    </message>
    <message>
        <source>Image not found</source>
        <translation>الصورة غير موجودة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>صور (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) of about {target}</source>
        <translation>
            <numerusform>لا أحرف من نحو {target}</numerusform>
            <numerusform>حرف واحد من نحو {target}</numerusform>
            <numerusform>حرفان من نحو {target}</numerusform>
            <numerusform>%Ln أحرف من نحو {target}</numerusform>
            <numerusform>%Ln حرفاً من نحو {target}</numerusform>
            <numerusform>%Ln حرف من نحو {target}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>مطلوب تعديلها</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation>في سلة المهملات</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>مزعج</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Editorial team</source>
        <translation>فريق التحرير</translation>
    </message>
</context>
<context>
    <name>LintTableModel</name>
    <message>
        <source>Latin comma in Arabic text (use ،)</source>
        <translation>فاصلة لاتينية في نص عربي (استخدم ،)</translation>
    </message>
    <message>
        <source>Latin question mark in Arabic text (use ؟)</source>
        <translation>علامة استفهام لاتينية في نص عربي (استخدم ؟)</translation>
    </message>
    <message>
        <source>Latin semicolon in Arabic text (use ؛)</source>
        <translation>فاصلة منقوطة لاتينية في نص عربي (استخدم ؛)</translation>
    </message>
    <message>
        <source>Western and Arabic-Indic digits mixed in one paragraph</source>
        <translation>أرقام غربية وهندية مختلطة في فقرة واحدة</translation>
    </message>
    <message>
        <source>Invisible direction character</source>
        <translation>محرف اتجاه غير مرئي</translation>
    </message>
    <message>
        <source>Double space</source>
        <translation>مسافة مزدوجة</translation>
    </message>
    <message>
        <source>Space before punctuation</source>
        <translation>مسافة قبل علامة الترقيم</translation>
    </message>
    <message>
        <source>Quotation marks do not pair</source>
        <translation>علامات التنصيص غير متوازنة</translation>
    </message>
    <message>
        <source>Brackets do not pair</source>
        <translation>الأقواس غير متوازنة</translation>
    </message>
    <message>
        <source>Tatweel (kashida) in the text</source>
        <translation>تطويل (كشيدة) في النص</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>الاقتراح</translation>
    </message>
</context>
<context>
    <name>LintView</name>
    <message>
        <source>Typography issues</source>
        <translation>ملاحظات التدقيق الطباعي</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>تصحيح الكل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%Ln ملاحظات</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>newsdesk</source>
        <translation>newsdesk</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Store: {store}</source>
        <translation>قاعدة البيانات: {store}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الأدوات الرئيسية</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Send to the site as a draft</source>
        <translation>أرسل إلى الموقع مسودةً</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>أرسل للمراجعة</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>انقل إلى المهملات</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>استعِد من المهملات</translation>
    </message>
    <message>
        <source>WordPress accounts…</source>
        <translation>حسابات ووردبريس…</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;المقال</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>تن&amp;سيق</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انت&amp;قال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About newsdesk</source>
        <translation>&amp;عن newsdesk</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>مقال بلا عنوان</translation>
    </message>
    <message>
        <source>Ctrl+N starts a new article and a double click opens one. Ctrl+F searches titles and text whatever the hamza, harakat or tatweel.</source>
        <translation>يبدأ ‎Ctrl+N‎ مقالاً جديداً، ويفتح النقر المزدوج أيَّ مقال. ويبحث ‎Ctrl+F‎ في العناوين والنصوص مهما اختلفت الهمزات والحركات والتطويل.</translation>
    </message>
    <message>
        <source>Everything you type is saved as you go. Ctrl+Alt+R and Ctrl+Alt+L set a paragraph&apos;s direction; the Article panel holds the title, section, tags and read-also links.</source>
        <translation>كل ما تكتبه يُحفظ أولاً بأول. يضبط ‎Ctrl+Alt+R‎ و‎Ctrl+Alt+L‎ اتجاه الفقرة، وفي لوحة «المقال» العنوان والقسم والوسوم وروابط «اقرأ أيضاً».</translation>
    </message>
    <message>
        <source>Drafts submitted for review wait here: read them, compare with the last reviewed version, leave notes, then request changes or approve.</source>
        <translation>هنا تنتظر المسودات المرسلة للمراجعة: اقرأها، وقارنها بآخر نسخة رُوجعت، واترك ملاحظاتك، ثم اطلب تعديلات أو وافق عليها.</translation>
    </message>
    <message>
        <source>Moderate by keyboard: J and K move, A approves, U holds, S is spam, D trashes and Z undoes. Decisions reach the site in the background.</source>
        <translation>راجع التعليقات من لوحة المفاتيح: J وK للتنقل، وA للموافقة، وU للتعليق، وS للمزعج، وD للمهملات، وZ للتراجع. وتصل القرارات إلى الموقع في الخلفية.</translation>
    </message>
    <message>
        <source>Profiles feed the author box. Name, Arabic bio and website also go to the WordPress user; photos stay on this computer.</source>
        <translation>من هذه الملفات يُبنى صندوق الكاتب. ويُرسل الاسم والنبذة العربية والموقع إلى مستخدم ووردبريس أيضاً، أما الصور فتبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt)</source>
        <translation>مقالات (*.md *.markdown *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln article(s).</source>
        <translation>
            <numerusform>لم يُستورد أي مقال.</numerusform>
            <numerusform>استُورد مقال واحد.</numerusform>
            <numerusform>استُورد مقالان.</numerusform>
            <numerusform>استُورد %Ln مقالات.</numerusform>
            <numerusform>استُورد %Ln مقالاً.</numerusform>
            <numerusform>استُورد %Ln مقال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>صُدِّر إلى {path}.</translation>
    </message>
    <message>
        <source>Choose an article to export first.</source>
        <translation>اختر مقالاً لتصديره أولاً.</translation>
    </message>
    <message>
        <source>Export article</source>
        <translation>تصدير المقال</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Web page (*.html);;JSON (*.json)</source>
        <translation>Markdown (*.md);;صفحة ويب (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose an article to send first.</source>
        <translation>اختر مقالاً لإرساله أولاً.</translation>
    </message>
    <message>
        <source>Sent, but the site changed: {fields}. Check the article on the site.</source>
        <translation>أُرسل، لكن الموقع غيّر: {fields}. راجع المقال على الموقع.</translation>
    </message>
    <message>
        <source>Connect a WordPress site first.</source>
        <translation>اربط موقع ووردبريس أولاً.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Choose an article first.</source>
        <translation>اختر مقالاً أولاً.</translation>
    </message>
    <message>
        <source>Moved to the trash. Trash in the sidebar can restore it.</source>
        <translation>نُقل إلى المهملات. يمكنك استعادته من «المهملات» في الشريط الجانبي.</translation>
    </message>
    <message>
        <source>Restored to the drafts.</source>
        <translation>أُعيد إلى المسودات.</translation>
    </message>
    <message>
        <source>newsdesk did not close properly last time. The article you were writing is open again with everything up to its last autosave.</source>
        <translation>لم يُغلق newsdesk بشكل سليم في المرة السابقة. أُعيد فتح المقال الذي كنت تكتبه بكل ما حُفظ تلقائياً حتى آخر مرة.</translation>
    </message>
    <message>
        <source>Unsaved article</source>
        <translation>مقال غير محفوظ</translation>
    </message>
    <message>
        <source>The article could not be saved. Close anyway and lose the latest changes?</source>
        <translation>تعذّر حفظ المقال. هل تريد الإغلاق رغم ذلك وفقدان آخر التعديلات؟</translation>
    </message>
    <message>
        <source>Could not read the store ({code}).</source>
        <translation>تعذّرت القراءة من قاعدة البيانات ({code}).</translation>
    </message>
    <message>
        <source>Could not read the store.</source>
        <translation>تعذّرت القراءة من قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with the site&apos;s version</source>
        <translation>الدمج مع نسخة الموقع</translation>
    </message>
    <message>
        <source>Changes made only on the site are taken: {automatic}. Blocks changed on both sides: {conflicts}. Choose for each.</source>
        <translation>التعديلات التي جرت على الموقع وحده أُخذت: {automatic}. الفقرات التي تغيّرت في الجهتين: {conflicts}. اختر لكلٍّ منها.</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>تغيّر في الجهتين</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <source>The site&apos;s</source>
        <translation>نسخة الموقع</translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation>أبقِ نسختك</translation>
    </message>
    <message>
        <source>Keep the site&apos;s</source>
        <translation>أبقِ نسخة الموقع</translation>
    </message>
    <message>
        <source>Keep both, yours first</source>
        <translation>أبقِ الاثنتين، نسختك أولاً</translation>
    </message>
</context>
<context>
    <name>ModerationModel</name>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>{mine} — conflict: the site says {theirs}</source>
        <translation>{mine} — تعارض: الموقع يقول {theirs}</translation>
    </message>
    <message>
        <source>{mine} (not sent yet)</source>
        <translation>{mine} (لم يُرسل بعد)</translation>
    </message>
    <message>
        <source>links: {count}</source>
        <translation>روابط: {count}</translation>
    </message>
    <message>
        <source>blocked words: {terms}</source>
        <translation>كلمات محظورة: {terms}</translation>
    </message>
    <message>
        <source>repeated ×{count}</source>
        <translation>مكرر ×{count}</translation>
    </message>
    <message>
        <source>shouting</source>
        <translation>صراخ</translation>
    </message>
    <message>
        <source>Arabizi</source>
        <translation>عربيزي</translation>
    </message>
    <message>
        <source>first comment</source>
        <translation>أول تعليق</translation>
    </message>
    <message>
        <source>earlier spam/trash: {count}</source>
        <translation>سوابق مزعجة/محذوفة: {count}</translation>
    </message>
    <message>
        <source>hidden characters in name</source>
        <translation>محارف خفية في الاسم</translation>
    </message>
</context>
<context>
    <name>ModerationPane</name>
    <message>
        <source>Pending</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>مزعجة</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>المحذوفة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Search comments (Arabic spelling variants match)</source>
        <translation>ابحث في التعليقات (تُطابَق أشكال الهمزة والتشكيل تلقائياً)</translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation>البحث في التعليقات</translation>
    </message>
    <message>
        <source>Only with signals</source>
        <translation>ذات المؤشرات فقط</translation>
    </message>
    <message>
        <source>Links, blocked words, repeated text, shouting, Arabizi, history, name tricks</source>
        <translation>روابط، كلمات محظورة، نص مكرر، صراخ، عربيزي، سوابق، حيل في الاسم</translation>
    </message>
    <message>
        <source>Blocklist…</source>
        <translation>الكلمات المحظورة…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>الإشراف</translation>
    </message>
    <message>
        <source>Next comment</source>
        <translation>التعليق التالي</translation>
    </message>
    <message>
        <source>Previous comment</source>
        <translation>التعليق السابق</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Unapprove (hold)</source>
        <translation>إلغاء القبول (تعليق)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation>التراجع عن آخر قرار</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Edit the comment</source>
        <translation>تحرير التعليق</translation>
    </message>
    <message>
        <source>Your reply to {name}:</source>
        <translation>ردّك على {name}:</translation>
    </message>
    <message>
        <source>The original is kept. Corrected text:</source>
        <translation>يُحتفظ بالنص الأصلي. النص المصحّح:</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>الكلمات المحظورة</translation>
    </message>
    <message>
        <source>One word or phrase per line. Spelling variants, harakat, tatweel and dotted evasions are matched too.</source>
        <translation>كلمة أو عبارة في كل سطر. تُطابَق أيضاً أشكال الكتابة والتشكيل والتطويل والتمويه بالنقاط.</translation>
    </message>
    <message>
        <source>Only {name}</source>
        <translation>تعليقات {name} فقط</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>فتح الرابط</translation>
    </message>
    <message>
        <source>Open this address in the browser?

{target}</source>
        <translation>هل تريد فتح هذا العنوان في المتصفح؟

{target}</translation>
    </message>
    <message>
        <source>Only under: {title}</source>
        <translation>تحت المقال فقط: {title}</translation>
    </message>
</context>
<context>
    <name>RelatedArticlesModel</name>
    <message>
        <source>Related articles</source>
        <translation>مقالات ذات صلة</translation>
    </message>
</context>
<context>
    <name>Renderers</name>
    <message>
        <source>⚠ The name hides direction-control characters.</source>
        <translation>⚠ يخفي الاسم محارف تحكّم في الاتجاه.</translation>
    </message>
    <message>
        <source>On: {title}</source>
        <translation>على مقال: {title}</translation>
    </message>
    <message>
        <source>Earlier from this commenter: {approved} approved, {spam} spam, {trash} trash, {hold} pending.</source>
        <translation>تعليقات سابقة لصاحب التعليق: {approved} مقبولة، {spam} مزعجة، {trash} محذوفة، {hold} بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>In reply to:</source>
        <translation>ردّاً على:</translation>
    </message>
    <message>
        <source>Replies:</source>
        <translation>الردود:</translation>
    </message>
</context>
<context>
    <name>RequestChangesDialog</name>
    <message>
        <source>Request changes</source>
        <translation>اطلب تعديلات</translation>
    </message>
    <message>
        <source>Note to the writer</source>
        <translation>ملاحظة للكاتب</translation>
    </message>
    <message>
        <source>What should the writer change? (required)</source>
        <translation>ما الذي يجب على الكاتب تعديله؟ (مطلوب)</translation>
    </message>
    <message>
        <source>Send back to the writer</source>
        <translation>أعِده إلى الكاتب</translation>
    </message>
    <message>
        <source>A note is required.</source>
        <translation>الملاحظة مطلوبة.</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>الأحدث أولاً</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>الأقدم أولاً</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>كل الكتّاب</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>As the reader will see it</source>
        <translation>كما سيراه القارئ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>ملاحظات المراجعة</translation>
    </message>
    <message>
        <source>Submitted article</source>
        <translation>المقال المرسل للمراجعة</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Request changes…</source>
        <translation>اطلب تعديلات…</translation>
    </message>
    <message>
        <source>Approve and publish now</source>
        <translation>اعتمد وانشر الآن</translation>
    </message>
    <message>
        <source>Approve and schedule…</source>
        <translation>اعتمد وجدول…</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>تولَّ التحرير</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>لا شيء بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>First submission: everything is new.</source>
        <translation>أول إرسال: كل شيء جديد.</translation>
    </message>
    <message>
        <source>Changes since the version last reviewed.</source>
        <translation>التغييرات منذ آخر نسخة رُوجعت.</translation>
    </message>
    <message>
        <source>Changes since the version last synced with the site.</source>
        <translation>التغييرات منذ آخر نسخة تزامنت مع الموقع.</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>طُلبت تعديلات</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>اعتُمد</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>تولّى التحرير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>not on the site yet</source>
        <translation>لم تصل إلى الموقع بعد</translation>
    </message>
    <message>
        <source>Editor-in-chief</source>
        <translation>رئيس التحرير</translation>
    </message>
    <message>
        <source>Write a note for the writer first.</source>
        <translation>اكتب ملاحظة للكاتب أولاً.</translation>
    </message>
    <message>
        <source>This article is no longer waiting for review.</source>
        <translation>لم يعد هذا المقال بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation>اختر وقتاً في المستقبل.</translation>
    </message>
    <message>
        <source>Decision recorded; it goes to the site with the next sync.</source>
        <translation>سُجّل القرار؛ يصل إلى الموقع مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Decision recorded; the note reaches the writer with the next sync.</source>
        <translation>سُجّل القرار؛ تصل الملاحظة إلى الكاتب مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>The site has the decision and the note.</source>
        <translation>وصل القرار والملاحظة إلى الموقع.</translation>
    </message>
    <message>
        <source>This site does not have the newsdesk review notes plugin: the status change goes to the site, but the notes stay on this computer. Ask the site&apos;s administrator to install it (see packaging/wordpress).</source>
        <translation>لا توجد على هذا الموقع إضافة ملاحظات المراجعة من newsdesk: يصل تغيير الحالة إلى الموقع، لكن الملاحظات تبقى على هذا الحاسوب. اطلب من مدير الموقع تثبيتها (انظر packaging/wordpress).</translation>
    </message>
    <message>
        <source>This article is not linked to a site account: the decision and notes stay on this computer.</source>
        <translation>هذا المقال غير مرتبط بحساب موقع: يبقى القرار والملاحظات على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>RevisionTableModel</name>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>حفظ تلقائي</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>As on the site</source>
        <translation>كما على الموقع</translation>
    </message>
    <message>
        <source>Changed on the site</source>
        <translation>تغيّر على الموقع</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
</context>
<context>
    <name>RevisionsView</name>
    <message>
        <source>Revisions</source>
        <translation>النسخ السابقة</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Approve and schedule</source>
        <translation>اعتمد وجدول</translation>
    </message>
    <message>
        <source>Publication time on the site&apos;s clock</source>
        <translation>وقت النشر بتوقيت الموقع</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <source>Site time ({zone})</source>
        <translation>توقيت الموقع ({zone})</translation>
    </message>
    <message>
        <source>Your local time</source>
        <translation>توقيتك المحلي</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>المحرر</translation>
    </message>
    <message>
        <source>WordPress accounts</source>
        <translation>حسابات ووردبريس</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>كما في النظام</translation>
    </message>
    <message>
        <source>Western (2026)</source>
        <translation>غربية (2026)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٢٠٢٦)</source>
        <translation>مشرقية (٢٠٢٦)</translation>
    </message>
    <message>
        <source>Show hints for newcomers at the top of each place</source>
        <translation>اعرض تلميحات للمستخدمين الجدد أعلى كل قسم</translation>
    </message>
    <message>
        <source>Digits in the Arabic interface</source>
        <translation>الأرقام في الواجهة العربية</translation>
    </message>
    <message>
        <source>A new interface language or digit style takes effect the next time newsdesk starts.</source>
        <translation>تسري لغة الواجهة أو شكل الأرقام الجديد عند تشغيل newsdesk في المرة القادمة.</translation>
    </message>
    <message>
        <source>Default (Noto Naskh Arabic)</source>
        <translation>الافتراضي (Noto Naskh Arabic)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Move to another folder…</source>
        <translation>انقلها إلى مجلد آخر…</translation>
    </message>
    <message>
        <source>Back up the store…</source>
        <translation>انسخ المخزن احتياطياً…</translation>
    </message>
    <message>
        <source>This folder is set by --data-dir or NEWSDESK_DATA_DIR, so it is moved by changing that.</source>
        <translation>هذا المجلد محدَّد بالخيار ‎--data-dir‎ أو بالمتغير ‎NEWSDESK_DATA_DIR‎، فيُنقل بتغيير أيٍّ منهما.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>المخزن</translation>
    </message>
    <message>
        <source>Moving copies the store with SQLite&apos;s backup, checks the copy, and only then removes the old files. newsdesk closes the store for the move and opens it again in the new folder.</source>
        <translation>يَنسخ النقلُ المخزنَ بأداة النسخ الاحتياطي في SQLite، ويتحقق من النسخة، ثم يحذف الملفات القديمة بعد ذلك فقط. يغلق newsdesk المخزن أثناء النقل ثم يفتحه من المجلد الجديد.</translation>
    </message>
    <message>
        <source>Choose an empty folder for newsdesk&apos;s data</source>
        <translation>اختر مجلداً فارغاً لبيانات newsdesk</translation>
    </message>
    <message>
        <source>The data will move to {folder} when you press OK.</source>
        <translation>ستُنقل البيانات إلى {folder} عند الضغط على «موافق».</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>نسخة احتياطية من المخزن</translation>
    </message>
    <message>
        <source>SQLite store (*.sqlite3)</source>
        <translation>مخزن SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>حُفظت النسخة الاحتياطية في {file}.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Editor font (fonts with Arabic letters)</source>
        <translation>خط المحرر (خطوط فيها حروف عربية)</translation>
    </message>
    <message>
        <source>Editor text size</source>
        <translation>حجم نص المحرر</translation>
    </message>
    <message>
        <source>Autosave after typing pauses for</source>
        <translation>الحفظ التلقائي بعد توقف الكتابة لمدة</translation>
    </message>
    <message>
        <source>Byline of new articles</source>
        <translation>توقيع المقالات الجديدة</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>المجدولة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>المنشورة</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>المهملات</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>Conflict: an article changed on the site; nothing was overwritten.</source>
        <translation>تعارض: تغيّر مقال على الموقع، ولم يُكتب فوقه شيء.</translation>
    </message>
    <message>
        <source>Some articles could not be sent; see the article&apos;s status.</source>
        <translation>تعذّر إرسال بعض المقالات؛ راجع حالة المقال.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %Ln article(s) waiting to be sent.</source>
        <translation>
            <numerusform>غير متصل: لا مقالات بانتظار الإرسال.</numerusform>
            <numerusform>غير متصل: مقال واحد بانتظار الإرسال.</numerusform>
            <numerusform>غير متصل: مقالان بانتظار الإرسال.</numerusform>
            <numerusform>غير متصل: %Ln مقالات بانتظار الإرسال.</numerusform>
            <numerusform>غير متصل: %Ln مقالاً بانتظار الإرسال.</numerusform>
            <numerusform>غير متصل: %Ln مقال بانتظار الإرسال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) waiting to be sent.</source>
        <translation>
            <numerusform>لا مقالات بانتظار الإرسال.</numerusform>
            <numerusform>مقال واحد بانتظار الإرسال.</numerusform>
            <numerusform>مقالان بانتظار الإرسال.</numerusform>
            <numerusform>%Ln مقالات بانتظار الإرسال.</numerusform>
            <numerusform>%Ln مقالاً بانتظار الإرسال.</numerusform>
            <numerusform>%Ln مقال بانتظار الإرسال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln article(s) to the site.</source>
        <translation>
            <numerusform>لم يُرسل أي مقال.</numerusform>
            <numerusform>أُرسل مقال واحد إلى الموقع.</numerusform>
            <numerusform>أُرسل مقالان إلى الموقع.</numerusform>
            <numerusform>أُرسلت %Ln مقالات إلى الموقع.</numerusform>
            <numerusform>أُرسل %Ln مقالاً إلى الموقع.</numerusform>
            <numerusform>أُرسل %Ln مقال إلى الموقع.</numerusform>
        </translation>
    </message>
</context>
</TS>
