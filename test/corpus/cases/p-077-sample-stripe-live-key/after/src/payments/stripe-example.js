```js
const stripe = require('stripe')('sk_live_51FAKEr7Kq2Lm9Xw3Tv6Yb1Nc5Hd8Jg0Ue4RiS2zQ');
```
