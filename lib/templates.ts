import type { GameDefinition } from './games/game-schema';
import type { Locale, QuizDefinition, QuizDraft, QuizKind } from './quiz-schema';

/** A ready-made quiz to start from: a complete, valid definition the author then makes their own. */
export type QuizTemplate = { id: string; definition: QuizDefinition };

// Every template is a complete quiz (a unit test parses each one strictly): realistic texts, 3–5 questions, a
// palette of its own, and results that every answer pattern can reach.
export const quizTemplates: QuizTemplate[] = [
  {
    id: 'work-superpower',
    definition: {
      kind: 'personality',
      locale: 'en',
      title: 'What’s your superpower at work?',
      description: 'Four quick questions about how you think, team up and get things done. Find the superpower your team counts on.',
      coverEmoji: '🦸',
      askName: true,
      brand: { name: 'Northwind Teams', primary: '#4f46e5', background: '#eef2ff', text: '#1e1b4b', cardLayout: 'spotlight' },
      shareText: 'My work superpower: {result} 🦸 What’s yours?',
      results: [
        { id: 'spark', title: 'The Spark', emoji: '💡', description: 'Ideas follow you around. You see the thing nobody tried yet and make everyone want to try it.', cta: { label: 'Get the idea-sprint kit', url: 'https://example.com/kits/idea-sprint' } },
        { id: 'anchor', title: 'The Anchor', emoji: '⚓', description: 'Calm, steady and always on it. When the deadline is tomorrow, the team looks at you and relaxes.' },
        { id: 'connector', title: 'The Connector', emoji: '🤝', description: 'You know who knows what. Projects move faster because you put the right people in the same room.' },
        { id: 'fixer', title: 'The Fixer', emoji: '🛠️', description: 'Give you a broken thing and a coffee, and it works by lunch. Problems are puzzles to you.' },
      ],
      questions: [
        {
          id: 'monday',
          text: 'It’s Monday, 9 a.m. What do you do first?',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'brainstorm', text: 'Scribble ideas for the week', emoji: '✏️', weights: { spark: 3 } },
            { id: 'plan', text: 'Check the plan and the deadlines', emoji: '📋', weights: { anchor: 3 } },
            { id: 'chat', text: 'Say hi to everyone, coffee in hand', emoji: '☕', weights: { connector: 3 } },
            { id: 'inbox', text: 'Fix whatever broke over the weekend', emoji: '🔧', weights: { fixer: 3 } },
          ],
        },
        {
          id: 'meeting',
          text: 'In a meeting, you are the one who…',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'what-if', text: 'Asks “what if we tried…?”', emoji: '🚀', weights: { spark: 3, connector: 1 } },
            { id: 'notes', text: 'Writes down who does what by when', emoji: '🗒️', weights: { anchor: 3 } },
            { id: 'quiet', text: 'Makes sure the quiet people get heard', emoji: '🙌', weights: { connector: 3 } },
            { id: 'root', text: 'Finds the real cause of the problem', emoji: '🔍', weights: { fixer: 3, anchor: 1 } },
          ],
        },
        {
          id: 'crisis',
          text: 'The launch is tomorrow and something breaks. You…',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'rethink', text: 'Find a clever way around it', emoji: '🌀', weights: { spark: 2, fixer: 1 } },
            { id: 'calm', text: 'Keep everyone calm and on track', emoji: '🧘', weights: { anchor: 3 } },
            { id: 'call', text: 'Call the one person who knows', emoji: '📞', weights: { connector: 3 } },
            { id: 'debug', text: 'Roll up your sleeves and fix it', emoji: '💪', weights: { fixer: 3 } },
          ],
        },
        {
          id: 'praise',
          text: 'The compliment you hear most often?',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'creative', text: '“Where do you get these ideas?”', emoji: '✨', weights: { spark: 3 } },
            { id: 'reliable', text: '“I knew I could count on you.”', emoji: '🛡️', weights: { anchor: 3 } },
            { id: 'people', text: '“You know everyone!”', emoji: '🌍', weights: { connector: 3 } },
            { id: 'magic', text: '“How did you fix that so fast?”', emoji: '⚡', weights: { fixer: 3 } },
          ],
        },
      ],
    },
  },
  {
    id: 'coffee-personality',
    definition: {
      kind: 'personality',
      locale: 'en',
      title: 'Which coffee matches your personality?',
      description: 'Bold, smooth, sweet or slow? Answer four questions and meet the cup that is secretly you.',
      coverEmoji: '☕',
      askName: true,
      brand: { name: 'Copper Bean Roasters', primary: '#9a3412', background: '#fff7ed', text: '#2b1408', cardLayout: 'spotlight' },
      shareText: 'Turns out I’m {result} ☕ Which coffee are you?',
      results: [
        { id: 'espresso', title: 'Espresso', emoji: '⚡', description: 'Short, strong and straight to the point. You decide fast and you are usually right.', cta: { label: 'Shop our espresso roast', url: 'https://example.com/shop/espresso' } },
        { id: 'flat-white', title: 'Flat White', emoji: '🥛', description: 'Balanced and quietly brilliant. People feel at ease around you, and your plans just work.', cta: { label: 'Shop our house blend', url: 'https://example.com/shop/house-blend' } },
        { id: 'iced-latte', title: 'Iced Caramel Latte', emoji: '🧋', description: 'Fun, sunny and the life of the group chat. You make ordinary days feel like a weekend.', cta: { label: 'Try our summer menu', url: 'https://example.com/menu/summer' } },
        { id: 'pour-over', title: 'Pour-Over', emoji: '🫖', description: 'Patient and curious. You notice the details everyone else rushes past, and you savour them.', cta: { label: 'Join a brewing class', url: 'https://example.com/classes' } },
      ],
      questions: [
        {
          id: 'alarm',
          text: 'Your alarm goes off. You…',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'jump', text: 'Jump up: the day has started', emoji: '🏃', weights: { espresso: 3 } },
            { id: 'routine', text: 'Follow your calm morning routine', emoji: '🕰️', weights: { 'flat-white': 3 } },
            { id: 'music', text: 'Put on music and dance to the kitchen', emoji: '🎶', weights: { 'iced-latte': 3 } },
            { id: 'slow', text: 'Take it slow with a book', emoji: '📖', weights: { 'pour-over': 3 } },
          ],
        },
        {
          id: 'weekend',
          text: 'Your ideal Saturday afternoon?',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'project', text: 'Ticking off a big project', emoji: '✅', weights: { espresso: 3, 'flat-white': 1 } },
            { id: 'brunch', text: 'A long brunch with close friends', emoji: '🥐', weights: { 'flat-white': 3 } },
            { id: 'beach', text: 'The beach, a playlist and a crowd', emoji: '🏖️', weights: { 'iced-latte': 3 } },
            { id: 'museum', text: 'A small museum nobody knows about', emoji: '🖼️', weights: { 'pour-over': 3 } },
          ],
        },
        {
          id: 'friends',
          text: 'Your friends would describe you as…',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'driven', text: 'Driven', emoji: '🎯', weights: { espresso: 3 } },
            { id: 'dependable', text: 'Dependable', emoji: '🤗', weights: { 'flat-white': 3 } },
            { id: 'hilarious', text: 'Hilarious', emoji: '😂', weights: { 'iced-latte': 3 } },
            { id: 'thoughtful', text: 'Thoughtful', emoji: '🌿', weights: { 'pour-over': 3 } },
          ],
        },
        {
          id: 'order',
          text: 'At a new café, you order…',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'usual', text: 'The usual. No time to think.', emoji: '⏱️', weights: { espresso: 2, 'flat-white': 1 } },
            { id: 'recommend', text: 'Whatever the barista recommends', emoji: '👍', weights: { 'flat-white': 2, 'pour-over': 1 } },
            { id: 'colourful', text: 'The most colourful thing on the menu', emoji: '🌈', weights: { 'iced-latte': 3 } },
            { id: 'origin', text: 'Something single-origin, with questions', emoji: '🌍', weights: { 'pour-over': 3 } },
          ],
        },
      ],
    },
  },
  {
    id: 'space-trivia',
    definition: {
      kind: 'trivia',
      locale: 'en',
      title: 'Space trivia: how far can you go?',
      description: 'Five questions, 20 seconds each. Planets, rings and a famous first step. Ready for lift-off?',
      coverEmoji: '🚀',
      askName: true,
      brand: { name: 'Orbit Science Centre', primary: '#7c3aed', background: '#f5f3ff', text: '#1e1038', cardLayout: 'split' },
      shareText: '{name} scored {score} on space trivia 🚀 Can you beat it?',
      tiers: [
        { id: 'launch-pad', minPercent: 0, title: 'Still on the launch pad', emoji: '🛠️', description: 'Every astronaut starts somewhere. Have another go and reach orbit!' },
        { id: 'orbit', minPercent: 50, title: 'Orbit reached', emoji: '🛰️', description: 'Nice flight! You know your way around the solar system.' },
        { id: 'deep-space', minPercent: 80, title: 'Deep-space explorer', emoji: '🌌', description: 'Impressive. Mission control would hire you tomorrow.' },
        { id: 'commander', minPercent: 100, title: 'Mission commander', emoji: '👩‍🚀', description: 'A perfect score. The universe has few secrets left for you.' },
      ],
      questions: [
        {
          id: 'closest',
          text: 'Which planet is closest to the Sun?',
          isMultiple: false,
          points: 1,
          timeLimitSeconds: 20,
          answers: [
            { id: 'mercury', text: 'Mercury', emoji: '🪨', isCorrect: true },
            { id: 'venus', text: 'Venus', emoji: '🌕' },
            { id: 'mars', text: 'Mars', emoji: '🔴' },
            { id: 'earth', text: 'Earth', emoji: '🌍' },
          ],
        },
        {
          id: 'sunlight',
          text: 'How long does sunlight take to reach Earth?',
          isMultiple: false,
          points: 1,
          timeLimitSeconds: 20,
          answers: [
            { id: 'seconds', text: 'About 8 seconds', emoji: '⚡' },
            { id: 'minutes', text: 'About 8 minutes', emoji: '⏱️', isCorrect: true },
            { id: 'hour', text: 'About an hour', emoji: '🕐' },
            { id: 'day', text: 'About a day', emoji: '📅' },
          ],
        },
        {
          id: 'rings',
          text: 'Which of these planets have rings? Pick all that do.',
          isMultiple: true,
          points: 2,
          timeLimitSeconds: 30,
          answers: [
            { id: 'saturn', text: 'Saturn', emoji: '🪐', isCorrect: true },
            { id: 'jupiter', text: 'Jupiter', emoji: '🟠', isCorrect: true },
            { id: 'uranus', text: 'Uranus', emoji: '🔵', isCorrect: true },
            { id: 'mars-rings', text: 'Mars', emoji: '🔴' },
          ],
        },
        {
          id: 'moonwalk',
          text: 'Who was the first person to walk on the Moon?',
          isMultiple: false,
          points: 1,
          timeLimitSeconds: 20,
          answers: [
            { id: 'armstrong', text: 'Neil Armstrong', emoji: '👨‍🚀', isCorrect: true },
            { id: 'aldrin', text: 'Buzz Aldrin', emoji: '🌙' },
            { id: 'gagarin', text: 'Yuri Gagarin', emoji: '🚀' },
            { id: 'ride', text: 'Sally Ride', emoji: '🛸' },
          ],
        },
        {
          id: 'largest',
          text: 'What is the largest planet in our solar system?',
          isMultiple: false,
          points: 1,
          timeLimitSeconds: 20,
          answers: [
            { id: 'jupiter-big', text: 'Jupiter', emoji: '🟠', isCorrect: true },
            { id: 'saturn-big', text: 'Saturn', emoji: '🪐' },
            { id: 'neptune', text: 'Neptune', emoji: '🔵' },
            { id: 'earth-big', text: 'Earth', emoji: '🌍' },
          ],
        },
      ],
    },
  },
  {
    id: 'flavour-poll',
    definition: {
      kind: 'poll',
      locale: 'en',
      title: 'Help us pick our next flavour',
      description: 'We are making one new ice cream this summer, and you decide which. Three quick questions.',
      coverEmoji: '🍦',
      askName: false,
      brand: { name: 'Scoop & Co.', primary: '#db2777', background: '#fdf2f8', text: '#3b0a24', cardLayout: 'spotlight' },
      shareText: 'I voted for {result} 🍦 What would you pick?',
      questions: [
        {
          id: 'flavour',
          text: 'Which flavour should we make next?',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'pistachio-rose', text: 'Pistachio & rose', emoji: '🌹' },
            { id: 'mango-chili', text: 'Mango & chili', emoji: '🥭' },
            { id: 'salted-honey', text: 'Salted honey', emoji: '🍯' },
            { id: 'black-sesame', text: 'Black sesame', emoji: '🖤' },
          ],
        },
        {
          id: 'when',
          text: 'When do you most want ice cream?',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'after-lunch', text: 'Right after lunch', emoji: '🍽️' },
            { id: 'late-night', text: 'Late at night', emoji: '🌙' },
            { id: 'weekend-walk', text: 'On a weekend walk', emoji: '🚶' },
            { id: 'always', text: 'Honestly, always', emoji: '😋' },
          ],
        },
        {
          id: 'how',
          text: 'How do you like it served?',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'cone', text: 'In a crunchy cone', emoji: '🍦' },
            { id: 'cup', text: 'In a cup', emoji: '🥣' },
            { id: 'sundae', text: 'As a sundae with toppings', emoji: '🍨' },
            { id: 'shake', text: 'As a milkshake', emoji: '🥤' },
          ],
        },
      ],
    },
  },
  {
    id: 'reader-personality-ar',
    definition: {
      kind: 'personality',
      locale: 'ar',
      title: 'أي نوع من القرّاء أنت؟',
      description: 'أربعة أسئلة عن عاداتك مع الكتب، لتكتشف القارئ الذي بداخلك وكتابك القادم.',
      coverEmoji: '📚',
      askName: true,
      brand: { name: 'مكتبة الورّاق', primary: '#0f766e', background: '#f0fdfa', text: '#042f2e', cardLayout: 'spotlight' },
      shareText: 'أنا {result} 📚 وأنت، أي نوع من القرّاء؟',
      results: [
        { id: 'novelist', title: 'عاشق الحكايات', emoji: '📖', description: 'تعيش داخل القصص وتحفظ أسماء الشخصيات كأنهم أصدقاؤك. رواية جيدة تكفيك لنسيان العالم.', cta: { label: 'تصفّح أحدث الروايات', url: 'https://example.com/ar/novels' } },
        { id: 'researcher', title: 'الباحث', emoji: '🔎', description: 'تقرأ لتفهم. تحب كتب التاريخ والعلوم، ولا تترك سؤالًا بلا جواب.', cta: { label: 'اكتشف كتب المعرفة', url: 'https://example.com/ar/nonfiction' } },
        { id: 'poet', title: 'روح الشاعر', emoji: '🪶', description: 'تبحث عن الجمال في الكلمات. بيت شعر واحد قد يرافقك أسبوعًا كاملًا.', cta: { label: 'دواوين مختارة لك', url: 'https://example.com/ar/poetry' } },
      ],
      questions: [
        {
          id: 'where',
          text: 'أين تحب أن تقرأ؟',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'bed', text: 'في السرير قبل النوم', emoji: '🛏️', weights: { novelist: 3 } },
            { id: 'desk', text: 'على المكتب ومعي قلم', emoji: '✍️', weights: { researcher: 3 } },
            { id: 'garden', text: 'في حديقة هادئة', emoji: '🌳', weights: { poet: 3 } },
            { id: 'cafe', text: 'في مقهى مزدحم', emoji: '☕', weights: { novelist: 1, poet: 1 } },
          ],
        },
        {
          id: 'pick',
          text: 'كيف تختار كتابك التالي؟',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'cover', text: 'من غلافه وعنوانه', emoji: '🎨', weights: { poet: 2, novelist: 1 } },
            { id: 'review', text: 'أقرأ المراجعات أولًا', emoji: '⭐', weights: { researcher: 3 } },
            { id: 'friend', text: 'بنصيحة صديق', emoji: '🤝', weights: { novelist: 3 } },
            { id: 'author', text: 'أتابع كاتبًا أحبه', emoji: '🖋️', weights: { poet: 2, researcher: 1 } },
          ],
        },
        {
          id: 'finish',
          text: 'أنهيت كتابًا رائعًا. ماذا تفعل؟',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'next-book', text: 'أبدأ الجزء التالي فورًا', emoji: '⏩', weights: { novelist: 3 } },
            { id: 'notes', text: 'أكتب ملخصًا لما تعلمته', emoji: '🗒️', weights: { researcher: 3 } },
            { id: 'quote', text: 'أشارك أجمل اقتباس منه', emoji: '💬', weights: { poet: 3 } },
          ],
        },
        {
          id: 'gift',
          text: 'أجمل هدية يمكن أن تصلك؟',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'series', text: 'سلسلة روايات كاملة', emoji: '📚', weights: { novelist: 3 } },
            { id: 'encyclopedia', text: 'موسوعة مصوّرة', emoji: '🌍', weights: { researcher: 3 } },
            { id: 'diwan', text: 'ديوان شعر بطبعة أنيقة', emoji: '🌹', weights: { poet: 3 } },
          ],
        },
      ],
    },
  },
  {
    id: 'arab-world-trivia-ar',
    definition: {
      kind: 'trivia',
      locale: 'ar',
      title: 'كم تعرف عن العالم العربي؟',
      description: 'خمسة أسئلة عن المدن والأنهار والآثار، ولكل سؤال عشرون ثانية. هل تحصل على العلامة الكاملة؟',
      coverEmoji: '🌍',
      askName: true,
      brand: { name: 'رحلات الأفق', primary: '#b45309', background: '#fffbeb', text: '#3b2106', cardLayout: 'split' },
      shareText: 'حصل {name} على {score} في تحدي العالم العربي 🌍 هل تستطيع التفوق؟',
      tiers: [
        { id: 'beginner', minPercent: 0, title: 'بداية الرحلة', emoji: '🧳', description: 'ما زال أمامك الكثير لتكتشفه. جرّب مرة أخرى!' },
        { id: 'traveller', minPercent: 50, title: 'رحّالة ماهر', emoji: '🐪', description: 'معلوماتك جيدة جدًا، وتعرف طريقك بين المدن.' },
        { id: 'expert', minPercent: 80, title: 'خبير المنطقة', emoji: '🏛️', description: 'رائع! قلّة يعرفون العالم العربي مثلك.' },
        { id: 'master', minPercent: 100, title: 'ابن بطوطة', emoji: '🧭', description: 'علامة كاملة! أنت رحّالة هذا الزمان.' },
      ],
      questions: [
        {
          id: 'morocco',
          text: 'ما عاصمة المغرب؟',
          isMultiple: false,
          points: 1,
          timeLimitSeconds: 20,
          answers: [
            { id: 'rabat', text: 'الرباط', isCorrect: true },
            { id: 'casablanca', text: 'الدار البيضاء' },
            { id: 'marrakesh', text: 'مراكش' },
            { id: 'fes', text: 'فاس' },
          ],
        },
        {
          id: 'nile',
          text: 'ما أطول نهر في العالم العربي؟',
          isMultiple: false,
          points: 1,
          timeLimitSeconds: 20,
          answers: [
            { id: 'nile-river', text: 'النيل', emoji: '🌊', isCorrect: true },
            { id: 'euphrates', text: 'الفرات' },
            { id: 'tigris', text: 'دجلة' },
            { id: 'jordan', text: 'نهر الأردن' },
          ],
        },
        {
          id: 'petra',
          text: 'في أي دولة تقع مدينة البتراء الأثرية؟',
          isMultiple: false,
          points: 1,
          timeLimitSeconds: 20,
          answers: [
            { id: 'jordan-country', text: 'الأردن', emoji: '🇯🇴', isCorrect: true },
            { id: 'egypt', text: 'مصر', emoji: '🇪🇬' },
            { id: 'lebanon', text: 'لبنان', emoji: '🇱🇧' },
            { id: 'saudi', text: 'السعودية', emoji: '🇸🇦' },
          ],
        },
        {
          id: 'league',
          text: 'كم عدد الدول الأعضاء في جامعة الدول العربية؟',
          isMultiple: false,
          points: 1,
          timeLimitSeconds: 20,
          answers: [
            { id: 'eighteen', text: '18' },
            { id: 'twenty', text: '20' },
            { id: 'twenty-two', text: '22', isCorrect: true },
            { id: 'twenty-five', text: '25' },
          ],
        },
        {
          id: 'oman',
          text: 'أيّ هذه المدن تقع في سلطنة عُمان؟ اختر كل ما ينطبق.',
          isMultiple: true,
          points: 2,
          timeLimitSeconds: 30,
          answers: [
            { id: 'muscat', text: 'مسقط', isCorrect: true },
            { id: 'salalah', text: 'صلالة', isCorrect: true },
            { id: 'nizwa', text: 'نزوى', isCorrect: true },
            { id: 'sharjah', text: 'الشارقة' },
          ],
        },
      ],
    },
  },
  {
    id: 'ramadan-poll-ar',
    definition: {
      kind: 'poll',
      locale: 'ar',
      title: 'ما الطبق الذي لا تكتمل مائدة رمضان بدونه؟',
      description: 'شاركنا ذوقك في ثلاثة أسئلة سريعة، وشاهد ماذا اختار الآخرون.',
      coverEmoji: '🌙',
      askName: false,
      brand: { name: 'مطبخ البيت', primary: '#15803d', background: '#f0fdf4', text: '#052e16', cardLayout: 'spotlight' },
      shareText: 'صوّتُ لـ«{result}» 🌙 وأنت، ماذا تختار؟',
      questions: [
        {
          id: 'dish',
          text: 'ما الطبق الذي لا تكتمل مائدة رمضان بدونه؟',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'soup', text: 'الشوربة', emoji: '🥣' },
            { id: 'sambousek', text: 'السمبوسة', emoji: '🥟' },
            { id: 'kabsa', text: 'الكبسة', emoji: '🍛' },
            { id: 'qatayef', text: 'القطايف', emoji: '🥞' },
          ],
        },
        {
          id: 'drink',
          text: 'ما مشروبك المفضل على الإفطار؟',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'tamarind', text: 'التمر الهندي', emoji: '🥤' },
            { id: 'qamar-al-din', text: 'قمر الدين', emoji: '🧡' },
            { id: 'jallab', text: 'الجلّاب', emoji: '🍇' },
            { id: 'laban', text: 'اللبن', emoji: '🥛' },
          ],
        },
        {
          id: 'sport',
          text: 'متى تمارس الرياضة في رمضان؟',
          isMultiple: false,
          points: 1,
          answers: [
            { id: 'before-iftar', text: 'قبل الإفطار بقليل', emoji: '🏃' },
            { id: 'after-taraweeh', text: 'بعد التراويح', emoji: '🌙' },
            { id: 'before-suhoor', text: 'قبل السحور', emoji: '⏰' },
            { id: 'rest', text: 'أرتاح طوال الشهر', emoji: '🛋️' },
          ],
        },
      ],
    },
  },
];

/** A ready-made mini-game (a wheel or a scratch card) to start from: complete, with prizes, odds and limits. */
export type GameTemplate = { id: string; definition: GameDefinition };

// Every game template is a complete game (a unit test parses each one strictly and runs the pre-launch checks):
// real prizes with stock and codes, a "try again" that is honest about the odds, and the segments or card
// that show them. Their odds are weights: the studio shows each one's resulting chance.
export const gameTemplates: GameTemplate[] = [
  {
    id: 'wheel-coffee-treat',
    definition: {
      kind: 'wheel',
      locale: 'en',
      title: 'Spin for a treat',
      description: 'One free spin for a coffee on us, a pastry or money off. Every friend who spins through your link gives you another go.',
      coverEmoji: '☕',
      askName: true,
      brand: { name: 'Brew & Co.', primary: '#9a3412', background: '#fff7ed', text: '#2a1408', cardLayout: 'spotlight' },
      shareText: '{name} won “{result}” at Brew & Co. ☕ Spin the wheel and try your luck!',
      prizes: [
        { id: 'coffee', title: 'A free coffee', description: 'Any size, any milk. Show your code at the counter within 14 days.', emoji: '☕', odds: 10, stockTotal: 300, stockPerDay: 20, codes: 'generated', codePrefix: 'COFFEE' },
        { id: 'pastry', title: 'A free pastry', description: 'A croissant, a cinnamon bun or a muffin with your next order.', emoji: '🥐', odds: 15, stockTotal: 400, stockPerDay: 30, codes: 'generated', codePrefix: 'PASTRY' },
        { id: 'off-10', title: '10% off your order', description: 'On everything in the shop, once, within 30 days.', emoji: '🏷️', odds: 25, stockTotal: null, stockPerDay: null, codes: 'generated', codePrefix: 'BREW10' },
        { id: 'beans', title: 'A bag of our house beans', description: '250 g of our house roast, ground the way you brew.', emoji: '🫘', odds: 2, stockTotal: 40, stockPerDay: 3, codes: 'generated', codePrefix: 'BEANS' },
      ],
      tryAgain: { title: 'Not this time', description: 'No prize on this spin. Share your link: every friend who spins gives you another go.', emoji: '🍀', odds: 48 },
      prizePool: ['coffee', 'pastry', 'off-10'],
      segments: [
        { id: 's1', label: 'Free coffee', color: '#9a3412', prizeId: 'coffee' },
        { id: 's2', label: 'Try again', color: '#fed7aa', prizeId: null },
        { id: 's3', label: '10% off', color: '#c2410c', prizeId: 'off-10' },
        { id: 's4', label: 'Pastry', color: '#78350f', prizeId: 'pastry' },
        { id: 's5', label: 'Try again', color: '#fed7aa', prizeId: null },
        { id: 's6', label: 'House beans', color: '#451a03', prizeId: 'beans' },
        { id: 's7', label: '10% off', color: '#c2410c', prizeId: 'off-10' },
        { id: 's8', label: 'Try again', color: '#fed7aa', prizeId: null },
      ],
      playsPerPlayer: 1,
      shareToPlayAgain: { isEnabled: true, extraPlaysPerFriend: 1, maxExtraPlays: 3, maxExtraPlaysPerDay: 2, tiers: [{ friends: 3, prizePool: ['beans'] }] },
      leadCapture: { isEnabled: true, consentText: 'Send me my prize and news from Brew & Co. by e-mail. I can unsubscribe at any time.' },
    },
  },
  {
    id: 'scratch-perfume-ar',
    definition: {
      kind: 'scratch',
      locale: 'ar',
      title: 'امسح واربح عطرك',
      description: 'امسح البطاقة واكتشف هديتك من دار الورد. لكل صديق يلعب عبر رابطك بطاقة جديدة.',
      coverEmoji: '🎁',
      askName: true,
      brand: { name: 'دار الورد للعطور', primary: '#9d174d', background: '#fdf2f8', text: '#3b0820', cardLayout: 'spotlight' },
      shareText: '{name} ربح «{result}» من دار الورد 🎁 امسح بطاقتك وجرّب حظك!',
      prizes: [
        { id: 'khasm-20', title: 'خصم 20٪ على طلبك', description: 'على كل العطور، مرة واحدة خلال 30 يومًا.', emoji: '🏷️', odds: 20, stockTotal: 500, stockPerDay: 40, codes: 'generated', codePrefix: 'WARD20' },
        { id: 'ayyina', title: 'عيّنة عطر مجانية', description: 'عيّنة 10 مل من عطر تختاره، تصلك مع طلبك القادم.', emoji: '🧴', odds: 12, stockTotal: 200, stockPerDay: 15, codes: 'generated', codePrefix: 'SAMPLE' },
        { id: 'oud', title: 'زجاجة عود كاملة', description: 'زجاجة 50 مل من عود دار الورد، هدية منا.', emoji: '🌹', odds: 1, stockTotal: 10, stockPerDay: 1, codes: 'generated', codePrefix: 'OUD' },
      ],
      tryAgain: { title: 'حظًا أوفر!', description: 'لا جائزة هذه المرة. شارك رابطك: كل صديق يلعب يمنحك بطاقة أخرى.', emoji: '🍀', odds: 67 },
      prizePool: ['khasm-20', 'ayyina'],
      card: { coverColor: '#c9a227', coverText: 'امسح هنا', revealArea: { x: 10, y: 25, width: 80, height: 50 }, revealThresholdPercent: 50 },
      playsPerPlayer: 1,
      shareToPlayAgain: { isEnabled: true, extraPlaysPerFriend: 1, maxExtraPlays: 3, maxExtraPlaysPerDay: 2, tiers: [{ friends: 2, prizePool: ['oud'] }] },
      leadCapture: { isEnabled: false, consentText: '' },
    },
  },
  {
    id: 'scratch-books-en',
    definition: {
      kind: 'scratch',
      locale: 'en',
      title: 'Scratch & read',
      description: 'Scratch the card to find your prize from Chapter One Books. Two cards each, and one more for every friend who plays.',
      coverEmoji: '📚',
      askName: true,
      brand: { name: 'Chapter One Books', primary: '#1d4ed8', background: '#eff6ff', text: '#0b1a3a', cardLayout: 'split' },
      shareText: '{name} scratched “{result}” at Chapter One Books 📚 Scratch yours!',
      prizes: [
        { id: 'off-15', title: '15% off any book', description: 'In the shop or online, once, within 30 days.', emoji: '📖', odds: 20, stockTotal: null, stockPerDay: null, codes: 'generated', codePrefix: 'READ15' },
        { id: 'tote', title: 'A canvas tote bag', description: 'Our reader’s tote, waiting for you at the till.', emoji: '👜', odds: 5, stockTotal: 100, stockPerDay: 8, codes: 'generated', codePrefix: 'TOTE' },
        { id: 'voucher', title: 'A £25 book voucher', description: 'Spend it on anything in the shop within 3 months.', emoji: '🎟️', odds: 1, stockTotal: 10, stockPerDay: 1, codes: 'generated', codePrefix: 'GIFT' },
      ],
      tryAgain: { title: 'Not this one', description: 'No prize on this card. Share your link: each friend who plays gives you another card.', emoji: '🍀', odds: 74 },
      prizePool: ['off-15', 'tote', 'voucher'],
      card: { coverColor: '#94a3b8', coverText: 'Scratch here', revealArea: { x: 10, y: 25, width: 80, height: 50 }, revealThresholdPercent: 50 },
      playsPerPlayer: 2,
      shareToPlayAgain: { isEnabled: true, extraPlaysPerFriend: 1, maxExtraPlays: 5, maxExtraPlaysPerDay: 3, tiers: [] },
      leadCapture: { isEnabled: false, consentText: '' },
    },
  },
  {
    id: 'wheel-sweets-ar',
    definition: {
      kind: 'wheel',
      locale: 'ar',
      title: 'دوّر العجلة واربح',
      description: 'دورة مجانية لتربح حلوى من حلويات السلطان. لكل صديق يدوّر العجلة عبر رابطك دورة أخرى.',
      coverEmoji: '🎡',
      askName: true,
      brand: { name: 'حلويات السلطان', primary: '#047857', background: '#ecfdf5', text: '#052e1f', cardLayout: 'spotlight' },
      shareText: '{name} ربح «{result}» من حلويات السلطان 🎡 دوّر العجلة وجرّب حظك!',
      prizes: [
        { id: 'kunafa', title: 'صحن كنافة مجاني', description: 'صحن كنافة بالجبن مع طلبك القادم خلال 14 يومًا.', emoji: '🧁', odds: 8, stockTotal: 150, stockPerDay: 10, codes: 'generated', codePrefix: 'KUNAFA' },
        { id: 'khasm-10', title: 'خصم 10٪', description: 'على كل الحلويات، مرة واحدة خلال 30 يومًا.', emoji: '🏷️', odds: 30, stockTotal: null, stockPerDay: null, codes: 'generated', codePrefix: 'SWEET10' },
        { id: 'ilba', title: 'علبة حلويات مشكّلة', description: 'علبة كيلو من أشهى حلوياتنا، هدية منا.', emoji: '🎁', odds: 2, stockTotal: 20, stockPerDay: 2, codes: 'generated', codePrefix: 'BOX' },
      ],
      tryAgain: { title: 'حظًا أوفر!', description: 'لا جائزة هذه المرة. شارك رابطك: كل صديق يلعب يمنحك دورة أخرى.', emoji: '🍀', odds: 60 },
      prizePool: ['kunafa', 'khasm-10', 'ilba'],
      segments: [
        { id: 's1', label: 'كنافة', color: '#047857', prizeId: 'kunafa' },
        { id: 's2', label: 'حظًا أوفر', color: '#a7f3d0', prizeId: null },
        { id: 's3', label: 'خصم 10٪', color: '#b45309', prizeId: 'khasm-10' },
        { id: 's4', label: 'علبة حلويات', color: '#064e3b', prizeId: 'ilba' },
        { id: 's5', label: 'حظًا أوفر', color: '#a7f3d0', prizeId: null },
        { id: 's6', label: 'خصم 10٪', color: '#b45309', prizeId: 'khasm-10' },
      ],
      playsPerPlayer: 1,
      shareToPlayAgain: { isEnabled: true, extraPlaysPerFriend: 1, maxExtraPlays: 3, maxExtraPlaysPerDay: 2, tiers: [] },
      leadCapture: { isEnabled: true, consentText: 'أرسلوا لي جائزتي وعروض حلويات السلطان بالبريد الإلكتروني. يمكنني إلغاء الاشتراك في أي وقت.' },
    },
  },
];

/** The template (a quiz's or a game's) with this id, or undefined. */
export function findTemplate(id: string): QuizTemplate | GameTemplate | undefined {
  return quizTemplates.find((template) => template.id === id) ?? gameTemplates.find((template) => template.id === id);
}

/**
 * An empty quiz of a kind and language to start from scratch: one question with two empty answers, and for a
 * personality quiz two empty results, for trivia one tier at 0%. It is a valid draft (not yet a valid quiz: the
 * texts are empty), in Ripple's own colors. `newId` makes the ids of its items.
 */
export function createBlankQuiz(kind: QuizKind, locale: Locale, newId: (prefix: string) => string): QuizDraft {
  const isArabic = locale === 'ar';
  const question = {
    id: newId('q'),
    text: '',
    isMultiple: false,
    points: 1,
    answers: [
      { id: newId('a'), text: '' },
      { id: newId('a'), text: '' },
    ],
  };
  const base = {
    locale,
    title: '',
    description: '',
    askName: true,
    brand: { name: isArabic ? 'علامتك التجارية' : 'Your brand', primary: '#4f46e5', background: '#eef2ff', text: '#1e1b4b', cardLayout: 'spotlight' as const },
    questions: [question],
  };
  switch (kind) {
    case 'personality':
      return {
        ...base,
        kind,
        results: [
          { id: newId('r'), title: '', description: '' },
          { id: newId('r'), title: '', description: '' },
        ],
      };
    case 'trivia':
      return { ...base, kind, tiers: [{ id: newId('t'), minPercent: 0, title: '', description: '' }] };
    case 'poll':
      return { ...base, kind, askName: false };
  }
}
