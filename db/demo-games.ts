import type { GameDefinition } from '@/lib/games/game-schema';

/**
 * The demo workspace's mini-games: a branded spin-the-wheel in English with real prizes, stock, codes, a lead
 * form and share-to-play-again, and a scratch card entirely in Arabic.
 */
export const demoGames: { slug: string; definition: GameDefinition }[] = [
  {
    slug: 'spin-to-win',
    definition: {
      kind: 'wheel',
      locale: 'en',
      title: 'Spin to win',
      description: 'One free spin to win gear for your next trip. Every friend who spins through your link gives you another.',
      coverEmoji: '🎡',
      askName: true,
      brand: { name: 'Wayfarer Outdoors', primary: '#0f766e', background: '#ecfdf5', text: '#0b1f1c', cardLayout: 'spotlight', logo: '/demo/logo-wayfarer.svg', logoAlt: 'Wayfarer Outdoors logo' },
      shareText: '{name} won “{result}” at Wayfarer Outdoors 🎡 Try your luck!',
      prizes: [
        { id: 'off-20', title: '20% off your next order', description: 'Use your code at checkout on wayfarer.example within 30 days.', emoji: '🏷️', odds: 12, stockTotal: 500, stockPerDay: 40, codes: 'generated', codePrefix: 'WAY20' },
        { id: 'free-shipping', title: 'Free shipping', description: 'Free delivery on your next order, whatever its size.', emoji: '📦', odds: 25, stockTotal: null, stockPerDay: null, codes: 'generated', codePrefix: 'SHIP' },
        { id: 'bottle', title: 'A steel trail bottle', description: 'Our 750 ml insulated bottle, sent to your door.', emoji: '🥤', odds: 3, stockTotal: 60, stockPerDay: 4, codes: 'generated', codePrefix: 'BOTTLE' },
        { id: 'tent', title: 'A two-person tent', description: 'The Ridgeline 2: light, quick to pitch, ready for the weekend.', emoji: '⛺', odds: 1, stockTotal: 5, stockPerDay: 1, codes: 'generated', codePrefix: 'TENT' },
      ],
      tryAgain: { title: 'So close!', description: 'No prize this time. Share your link: each friend who spins gives you another go.', emoji: '🍀', odds: 40 },
      prizePool: ['off-20', 'free-shipping', 'bottle'],
      segments: [
        { id: 's1', label: '20% off', color: '#0f766e', prizeId: 'off-20' },
        { id: 's2', label: 'Try again', color: '#99f6e4', prizeId: null },
        { id: 's3', label: 'Free shipping', color: '#f59e0b', prizeId: 'free-shipping' },
        { id: 's4', label: 'Trail bottle', color: '#134e4a', prizeId: 'bottle' },
        { id: 's5', label: 'Try again', color: '#99f6e4', prizeId: null },
        { id: 's6', label: 'Free shipping', color: '#f59e0b', prizeId: 'free-shipping' },
        { id: 's7', label: 'Tent', color: '#7c2d12', prizeId: 'tent' },
        { id: 's8', label: 'Try again', color: '#99f6e4', prizeId: null },
      ],
      playsPerPlayer: 1,
      shareToPlayAgain: { isEnabled: true, extraPlaysPerFriend: 1, maxExtraPlays: 3, maxExtraPlaysPerDay: 2, tiers: [{ friends: 3, prizePool: ['tent'] }] },
      leadCapture: { isEnabled: true, consentText: 'Send me my prize and Wayfarer Outdoors news by e-mail. I can unsubscribe at any time.' },
    },
  },
  {
    slug: 'imsah-wa-irbah',
    definition: {
      kind: 'scratch',
      locale: 'ar',
      title: 'امسح واربح',
      description: 'امسح البطاقة واكتشف جائزتك من رحلات الأفق. لكل صديق يلعب عبر رابطك محاولة جديدة.',
      coverEmoji: '🎟️',
      askName: true,
      brand: { name: 'رحلات الأفق', primary: '#7c3aed', background: '#f5f3ff', text: '#1e1035', cardLayout: 'spotlight', logo: '/demo/logo-ofoq.svg', logoAlt: 'شعار رحلات الأفق' },
      shareText: '{name} ربح «{result}» من رحلات الأفق 🎟️ جرّب حظك!',
      prizes: [
        { id: 'khasm-15', title: 'خصم 15٪ على رحلتك القادمة', description: 'استخدم الرمز عند الحجز خلال 30 يومًا.', emoji: '🏷️', odds: 20, stockTotal: 300, stockPerDay: 30, codes: 'generated', codePrefix: 'OFOQ' },
        { id: 'haqiba', title: 'حقيبة سفر', description: 'حقيبة ظهر خفيفة لرحلتك القادمة، تصلك إلى بابك.', emoji: '🎒', odds: 3, stockTotal: 30, stockPerDay: 3, codes: 'generated', codePrefix: 'BAG' },
        { id: 'layla', title: 'ليلة مجانية في فندق', description: 'ليلة لشخصين في أحد فنادق شركائنا.', emoji: '🏨', odds: 1, stockTotal: 3, stockPerDay: 1, codes: 'generated', codePrefix: 'NIGHT' },
      ],
      tryAgain: { title: 'حظًا أوفر!', description: 'لا جائزة هذه المرة. شارك رابطك: كل صديق يلعب يمنحك محاولة أخرى.', emoji: '🍀', odds: 50 },
      prizePool: ['khasm-15', 'haqiba'],
      card: { coverColor: '#c9a227', coverText: 'امسح هنا', revealArea: { x: 10, y: 25, width: 80, height: 50 }, revealThresholdPercent: 50 },
      playsPerPlayer: 2,
      shareToPlayAgain: { isEnabled: true, extraPlaysPerFriend: 1, maxExtraPlays: 5, maxExtraPlaysPerDay: 3, tiers: [{ friends: 2, prizePool: ['layla'] }] },
      leadCapture: { isEnabled: false, consentText: '' },
    },
  },
];
