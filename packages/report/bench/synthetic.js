// Reproducible synthetic tasks for the bench: a seeded PRNG (mulberry32), so
// every run and every child process builds exactly the same N tasks.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCIES = [
  "Bộ Nội vụ",
  "Đảng ủy Bộ Nội vụ",
  "Bộ Tài chính",
  "Bộ Tư pháp",
  "Văn phòng Chính phủ",
  "Ban Tổ chức Trung ương",
  "Bộ Công an",
  "Bộ Quốc phòng",
  "Bộ Y tế",
  "Bộ Giáo dục và Đào tạo",
  "Bộ Xây dựng",
  "Bộ Công Thương",
  "Bộ Nông nghiệp và Môi trường",
  "Bộ Khoa học và Công nghệ",
  "Thanh tra Chính phủ",
  "Ngân hàng Nhà nước Việt Nam",
  "Ủy ban nhân dân tỉnh Lào Cai",
  "Ủy ban nhân dân thành phố Hà Nội",
  "Tỉnh ủy Nghệ An",
  "Thành ủy Thành phố Hồ Chí Minh",
];
const WORDS = (
  "khẩn trương hoàn thiện hồ sơ đề án sắp xếp tổ chức bộ máy chính quyền địa phương hai cấp " +
  "bảo đảm hoạt động thông suốt hiệu lực hiệu quả rà soát sửa đổi bổ sung quy định chức năng " +
  "nhiệm vụ quyền hạn báo cáo Bộ Chính trị Ban Bí thư kết quả thực hiện chỉ đạo hướng dẫn"
).split(" ");

function iso(rand, from, spanDays) {
  const d = new Date(Date.UTC(2025, 0, 1) + Math.floor(from + rand() * spanDays) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** N tasks over 40 documents, 20 agencies, every status and deadline kind. */
export function syntheticTasks(n, seed = 20251114) {
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const tasks = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const docNo = 100 + (i % 40);
    const documentId = `${docNo}-KL/TW@2025-0${1 + (docNo % 9)}-15`;
    const words = Array.from({ length: 18 + Math.floor(rand() * 20) }, () => pick(WORDS));
    const r = rand();
    let deadline;
    let due = null;
    if (r < 0.08) deadline = { kind: "urgent", text: "khẩn trương", flags: [] };
    else if (r < 0.12) deadline = { kind: "ongoing", text: "thường xuyên", flags: [] };
    else if (r < 0.14) deadline = { kind: "unparsed", text: "sau Đại hội", flags: ["unparsed"] };
    else {
      due = iso(rand, 120, 300);
      const [y, m] = due.split("-");
      deadline = {
        kind: "date",
        text: `trong tháng ${Number(m)}/${y}`,
        flags: [],
        date: due,
        precision: "month",
        bound: "inclusive",
      };
    }
    const completedOn = due && rand() < 0.45 ? iso(rand, 100, 300) : null;
    const leads = rand() < 0.15 ? [pick(AGENCIES), pick(AGENCIES)] : [pick(AGENCIES)];
    tasks[i] = {
      code: `${documentId}#${i + 1}`,
      documentId,
      ref: `${1 + (i % 12)}.${"abcdđeg"[i % 7]}`,
      text: words.join(" "),
      summary: "",
      lead: [...new Set(leads)].map((name) => ({ id: null, name })),
      coordinating: rand() < 0.5 ? [{ id: null, name: pick(AGENCIES) }] : [],
      supervising: [],
      reportTo: [],
      deadline,
      originalDue: due,
      currentDue: due,
      extensions: [],
      completedOn,
      progress: [],
      ...(rand() < 0.1 ? { note: "=SUM(1) ghi chú của đơn vị" } : {}),
    };
  }
  return tasks;
}
