/** The gazette documents every embedded number comes from (see shared/DATA.md). */
import type { Provenance } from '../schema';

type Document = Omit<Provenance, 'section'>;

export const BLACK_SOIL_PLAN: Document = {
  title: '黑龙江省黑土地保护工程实施方案（2021—2025年）',
  docNo: '黑政办规〔2021〕40号',
  date: '2021-12-31',
  issuer: '黑龙江省人民政府办公厅',
  seedFile: '001_cb4f4e51ec4cf8e1.txt',
};

export const CREDIT_PLAN: Document = {
  title: '黑龙江省“十四五”社会信用体系建设规划',
  docNo: '黑政规〔2021〕22号',
  date: '2021-12-31',
  issuer: '黑龙江省人民政府',
  seedFile: '001_cb4f4e51ec4cf8e1.txt',
};

export const IP_PLAN: Document = {
  title: '黑龙江省“十四五”知识产权保护和运用规划',
  docNo: '黑政发〔2021〕15号',
  date: '2021-12-03',
  issuer: '黑龙江省人民政府',
  seedFile: '001_cb4f4e51ec4cf8e1.txt',
};

export const SHUANGYASHAN_IP_PLAN: Document = {
  title: '双鸭山市“十四五”知识产权保护和运用规划',
  docNo: '双政规〔2022〕10号',
  date: '2022-10-27',
  issuer: '双鸭山市人民政府',
  seedFile: '002_3b11a4fdfd88405f.txt',
};

export const ECONOMY_PLAN: Document = {
  title: '贯彻落实国务院扎实稳住经济一揽子政策措施实施方案',
  docNo: '黑政规〔2022〕3号',
  date: '2022-05-27',
  issuer: '黑龙江省人民政府',
  seedFile: '000_e50e6c8709f11272.txt',
};

export function sourceOf(doc: Document, section: string): Provenance {
  return { ...doc, section };
}
