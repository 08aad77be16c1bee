/** The `stopword` package ships no types: each language is an exported array of words. */
declare module 'stopword' {
  export const eng: string[];
  export const deu: string[];
  export const fra: string[];
  export const spa: string[];
  export const por: string[];
  export const ita: string[];
  export const nld: string[];
  export const rus: string[];
  export const ukr: string[];
  export const pol: string[];
  export const ind: string[];
  export const tur: string[];
  export const swe: string[];
  export const dan: string[];
  export const nob: string[];
  export const fin: string[];
  export const cat: string[];
  export const kor: string[];
  export const jpn: string[];
  export const zho: string[];
}
