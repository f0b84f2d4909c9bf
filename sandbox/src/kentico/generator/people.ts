// Word lists kept as one string each so the formatter leaves them compact.
const words = (list: string): readonly string[] => list.trim().split(/\s*\|\s*/);

export const FIRST_NAMES = words(`
  Oliver | Amelia | George | Isla | Harry | Ava | Noah | Mia | Jack | Ivy | Leo | Freya | Arthur |
  Lily | Muhammad | Florence | Oscar | Grace | Charlie | Sophia | Aoife | Cian | Chloé | Lucas |
  Lena | Jonas | Emily | Ethan | Priya | Tomás`);

export const LAST_NAMES = words(`
  Smith | Jones | Taylor | Brown | Williams | Wilson | Johnson | Davies | Patel | Wright |
  Robinson | Walker | Thompson | Evans | O'Brien | Murphy | Kelly | Dubois | Martin | Müller |
  Schmidt | Nguyen | Garcia | Hughes | Clarke | Ahmed | Khan | Lewis`);

export const COMPANIES = words(`
  Acme Trading Ltd | Northwind Supplies | Harbour & Vale LLP | Bluebell Interiors |
  Kestrel Outdoor Co. | Maison Lefèvre SARL | Brandt GmbH | Greenway Cafés`);

export const STREETS = words(`
  High Street | Station Road | Church Lane | Victoria Road | Park Avenue | Mill Lane |
  The Green | Queens Road | Manor Way | Kingsway`);

export const PRODUCT_ADJECTIVES = words(`
  Classic | Organic | Premium | Compact | Vintage | Ergonomic | Waterproof | Handmade | Deluxe |
  Eco | Travel | Heritage`);

export const PRODUCT_NOUNS = words(`
  Tea Towel | Ceramic Mug | Wool Scarf | Desk Lamp | Garden Trowel | Notebook | Backpack |
  Candle | Cushion Cover | Water Bottle | Chopping Board | Throw Blanket | Plant Pot | Apron`);

/** Lower-case ASCII for e-mail local parts: "O'Brien" → "obrien", "Müller" → "muller". */
export function emailSafe(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}
